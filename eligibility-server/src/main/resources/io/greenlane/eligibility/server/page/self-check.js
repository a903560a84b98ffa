// The exporter's self-check page: sends a pack to /v1/self-check and lays out the answer.
// Every piece of pack text reaches the page through textContent, never as HTML.
'use strict';
(function () {
  const PACK_LIMIT_BYTES = 16 * 1024 * 1024;

  function byId(id) {
    return document.getElementById(id);
  }

  function make(tag, className, value) {
    const element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (value !== undefined && value !== null) {
      element.textContent = String(value);
    }
    return element;
  }

  function say(message) {
    byId('status').textContent = message;
  }

  function fail(message) {
    const error = byId('error');
    error.textContent = message;
    error.hidden = false;
    byId('result').hidden = true;
    say('');
  }

  async function check(packText, name) {
    byId('error').hidden = true;
    say('Checking ' + name + '…');
    let response;
    try {
      response = await fetch('/v1/self-check', {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: packText
      });
    } catch (e) {
      fail('The service cannot be reached (' + e.message + '). Try again in a moment.');
      return;
    }
    let body;
    try {
      body = await response.json();
    } catch (e) {
      fail('The service answered ' + response.status + ' without a readable answer.');
      return;
    }
    if (!response.ok) {
      const retry = response.headers.get('Retry-After');
      fail(name + ': ' + (body.error || 'error ' + response.status)
        + (retry ? ' (try again in ' + retry + ' s)' : ''));
      return;
    }
    show(body, name);
  }

  function show(view, name) {
    const decision = view.decision;
    const words = view.words;
    byId('source-name').textContent = name;
    const heading = byId('outcome');
    heading.textContent = words.headline;
    heading.className = 'outcome ' + decision.outcome;
    heading.dataset.outcome = decision.outcome;
    byId('decided-by').textContent = words.decidedBy;
    byId('registry-note').textContent = 'Laboratories were checked against the operator\'s registry ('
      + view.registry.laboratories + ' laboratories), not against anything in the pack.';

    const rows = byId('lines').tBodies[0];
    rows.replaceChildren();
    for (const line of words.lines) {
      const row = make('tr', 'line');
      row.append(make('td', 'sku', line.sku), make('td', 'line-outcome ' + line.outcome, line.outcome));
      rows.append(row);
    }

    const list = byId('findings');
    list.replaceChildren();
    byId('findings-heading').textContent = 'Findings (' + words.findings.length + ')';
    for (const finding of words.findings) {
      const item = make('li', 'finding');
      item.dataset.code = finding.code;
      // the command line's own first line for the finding: code, weight and subject
      const head = make('p', 'finding-head', finding.heading);
      item.append(head, make('p', 'message', finding.message), make('p', 'remedy', 'What to do: ' + finding.remedy));
      list.append(item);
    }
    list.hidden = words.findings.length === 0;
    const none = byId('no-findings');
    none.hidden = words.findings.length !== 0;
    if (words.findings.length === 0) {
      // the command line's closing sentence for a pack without findings
      none.textContent = view.plainText.trim().split('\n').pop();
    }

    byId('plain-text').textContent = view.plainText;
    byId('result').hidden = false;
    say('Checked ' + name + ': ' + decision.outcome + '.');
    heading.focus();
  }

  async function checkFile(file) {
    if (!file) {
      return;
    }
    if (file.size > PACK_LIMIT_BYTES) {
      fail(file.name + ': the file is ' + file.size + ' bytes, over the pack limit of 16 MiB.');
      return;
    }
    check(await file.text(), file.name);
  }

  async function checkSample(name) {
    const response = await fetch('/samples/' + encodeURIComponent(name));
    if (!response.ok) {
      fail('The sample ' + name + ' cannot be loaded.');
      return;
    }
    check(await response.text(), 'the sample ' + name);
  }

  document.addEventListener('DOMContentLoaded', function () {
    const input = byId('pack-file');
    input.addEventListener('change', function () {
      checkFile(input.files[0]);
    });
    for (const button of document.querySelectorAll('button.sample')) {
      button.addEventListener('click', function () {
        checkSample(button.dataset.sample);
      });
    }
    const zone = byId('drop-zone');
    zone.addEventListener('dragover', function (event) {
      event.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', function () {
      zone.classList.remove('dragging');
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('dragging');
      checkFile(event.dataTransfer.files[0]);
    });
    byId('print').addEventListener('click', function () {
      window.print();
    });
    document.body.dataset.ready = 'true';
  });
})();
