package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetException.Problem;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.api.RuleSetRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the rule sets (the shipped ones on the classpath, listed in {@code rule-sets/index.txt}, or the folders
 * a caller names), loads each (manifest, DRL, digest) and checks them together: one id each, in-force periods
 * that neither overlap nor leave gaps. Any problem anywhere means no rule sets: a catalogue is taken whole.
 */
final class RuleSetCatalogue {
    /** Where the shipped rule sets live on the classpath. */
    static final String CLASSPATH_ROOT = "rule-sets/";
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCatalogue.class);

    private RuleSetCatalogue() {
    }

    /** Reads a rule set folder's files by name. */
    private interface Folder {
        /** The file's bytes, or null when there is no such file. */
        byte[] read(String name) throws IOException;

        /** How problems name the file. */
        String path(String name);

        /** The DRL files in the folder, when it can be listed (a classpath folder cannot). */
        List<String> drlFiles() throws IOException;

        /** The rules compiled at build time from exactly this manifest and these sources, or null. */
        default ExecutableModels.Precompiled precompiled(byte[] manifest, List<DrlCompiler.Source> sources) {
            return null;
        }
    }

    /** Every shipped rule set on the classpath. */
    static List<CompiledRuleSet> fromClasspath() {
        ClassLoader loader = RuleSetCatalogue.class.getClassLoader();
        byte[] index = classpathBytes(loader, CLASSPATH_ROOT + "index.txt");
        if (index == null) {
            throw new RuleSetException(List.of(new Problem(CLASSPATH_ROOT + "index.txt", 1, 1,
                    "no rule sets on the classpath: add the eligibility-rules jar")));
        }
        List<Problem> problems = new ArrayList<>();
        List<Loaded> sets = new ArrayList<>();
        for (String id : ids(index)) {
            String base = CLASSPATH_ROOT + id + "/";
            load(new Folder() {
                @Override
                public byte[] read(String name) {
                    return classpathBytes(loader, base + name);
                }

                @Override
                public String path(String name) {
                    return base + name;
                }

                @Override
                public List<String> drlFiles() {
                    return null;
                }

                @Override
                public ExecutableModels.Precompiled precompiled(byte[] manifest, List<DrlCompiler.Source> sources) {
                    return ExecutableModels.find(loader, base, manifest, sources);
                }
            }, problems, sets);
        }
        return finish(sets, problems);
    }

    /**
     * Builds the rules of every shipped rule set's executable model, without reading its manifest or DRL first:
     * {@link ExecutableModels#load} takes them only for the DRL they were generated from. Problems are left for
     * the catalogue's own load to meet and report.
     *
     * @return whether every shipped rule set has a model (and was built from it)
     */
    static boolean buildShippedModels() {
        ClassLoader loader = RuleSetCatalogue.class.getClassLoader();
        byte[] index = classpathBytes(loader, CLASSPATH_ROOT + "index.txt");
        if (index == null) {
            return false;
        }
        boolean all = true;
        for (String id : ids(index)) {
            all &= ExecutableModels.buildAhead(loader, CLASSPATH_ROOT + id + "/");
        }
        return all;
    }

    /** The ids in {@code index.txt}: one per line, {@code #} comments and blank lines skipped. */
    static List<String> ids(byte[] index) {
        return new String(index, StandardCharsets.UTF_8).lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * The rule set in {@code root} when it holds a {@code manifest.json}, otherwise every rule set folder
     * directly under it. A folder's name need not be its id (a draft copy may be named freely).
     */
    static List<CompiledRuleSet> fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new RuleSetException(List.of(new Problem(root.toString(), 1, 1, "not a directory")));
        }
        List<Path> folders;
        if (Files.isRegularFile(root.resolve("manifest.json"))) {
            folders = List.of(root);
        } else {
            try (Stream<Path> list = Files.list(root)) {
                folders = list.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().toList();
            } catch (IOException e) {
                throw new RuleSetException(List.of(new Problem(root.toString(), 1, 1, "cannot be listed: " + e)));
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (folders.isEmpty()) {
            problems.add(new Problem(root.toString(), 1, 1, "no rule set folders (with a manifest.json) here"));
        }
        List<Loaded> sets = new ArrayList<>();
        for (Path folder : folders) {
            load(new Folder() {
                @Override
                public byte[] read(String name) throws IOException {
                    try {
                        return Files.readAllBytes(folder.resolve(name));
                    } catch (NoSuchFileException e) {
                        return null;
                    }
                }

                @Override
                public String path(String name) {
                    return folder.resolve(name).toString();
                }

                @Override
                public List<String> drlFiles() throws IOException {
                    try (Stream<Path> files = Files.list(folder)) {
                        return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
                    }
                }
            }, problems, sets);
        }
        return finish(sets, problems);
    }

    private static void load(Folder folder, List<Problem> problems, List<Loaded> sets) {
        String manifestFile = folder.path("manifest.json");
        byte[] manifestBytes;
        try {
            manifestBytes = folder.read("manifest.json");
        } catch (IOException e) {
            problems.add(new Problem(manifestFile, 1, 1, "cannot be read: " + e.getMessage()));
            return;
        }
        if (manifestBytes == null) {
            problems.add(new Problem(manifestFile, 1, 1, "no such file"));
            return;
        }
        int before = problems.size();
        Manifest manifest = Manifest.read(manifestBytes, manifestFile, problems);
        if (manifest == null) {
            return;
        }
        List<DrlCompiler.Source> sources = new ArrayList<>();
        for (Map.Entry<String, Integer> rule : manifest.rules().entrySet()) {
            try {
                byte[] drl = folder.read(rule.getKey());
                if (drl == null) {
                    problems.add(new Problem(manifestFile, rule.getValue(), 1, "rules: \"" + rule.getKey()
                            + "\" is listed but there is no such file in the rule set folder"));
                } else {
                    sources.add(new DrlCompiler.Source(folder.path(rule.getKey()), drl));
                }
            } catch (IOException e) {
                problems.add(new Problem(manifestFile, rule.getValue(), 1, "rules: \"" + rule.getKey()
                        + "\" cannot be read: " + e.getMessage()));
            }
        }
        try {
            List<String> present = folder.drlFiles();
            if (present != null) {
                present.stream().filter(name -> !manifest.rules().containsKey(name))
                        .forEach(name -> problems.add(new Problem(folder.path(name), 1, 1,
                                "DRL file not listed in manifest.json \"rules\"; list it or remove it")));
            }
        } catch (IOException e) {
            problems.add(new Problem(manifestFile, 1, 1, "the rule set folder cannot be listed: " + e.getMessage()));
        }
        if (problems.size() > before) {
            return;
        }
        List<Problem> warnings = new ArrayList<>();
        // A shipped rule set's model was generated from files that the build loaded as this does (the review found
        // nothing); it is found, and the rule locations read, before its rules are taken: they may still be building
        // on another thread. Rules that do not come from such a model are reviewed here.
        ExecutableModels.Precompiled precompiled = folder.precompiled(manifestBytes, sources);
        Map<String, String> ruleLocations = CompiledRuleSet.ruleLocations(sources);
        ExecutableModels.Rules model = precompiled == null ? null : precompiled.rules();
        if (model == null && !DrlCompiler.review(sources, problems, warnings)) {
            return;
        }
        KieBase kieBase = DrlCompiler.compile(sources, problems, model == null ? null : model.smallPacks());
        if (kieBase == null) {
            return;
        }
        RuleSetRef ref = new RuleSetRef(manifest.id(), model != null ? precompiled.digest()
                : RuleSetDigest.of(manifest.decidingParameters(), sources, List.copyOf(manifest.rules().keySet())));
        RuleSetInfo info = new RuleSetInfo(ref, manifest.inForceFrom(), manifest.inForceUntil(),
                manifest.description(), manifest.source(), ruleNames(kieBase), manifest.parameters(), warnings);
        LOG.debug("Compiled rule set {} ({} rules, {})", manifest.id(), info.ruleNames().size(), ref.digest());
        sets.add(new Loaded(CompiledRuleSet.of(info, kieBase, model == null ? null : model.largePacks(), manifest.policy(),
                manifest.terminals(), ruleLocations), manifestFile,
                manifest.inForceFromLine(), manifest.inForceFromColumn()));
    }

    /** A rule set and where it came from, for problems about the catalogue as a whole. */
    private record Loaded(CompiledRuleSet set, String manifestFile, int inForceFromLine, int inForceFromColumn) {
    }

    static List<String> ruleNames(KieBase kieBase) {
        Set<String> names = new TreeSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                names.add(rule.getName());
            }
            // Queries are listed among the rules, but they never fire: they are not rules to cover.
            kiePackage.getQueries().forEach(query -> names.remove(query.getName()));
        }
        return List.copyOf(names);
    }

    private static List<CompiledRuleSet> finish(List<Loaded> loaded, List<Problem> problems) {
        if (problems.isEmpty()) {
            checkTogether(loaded, problems);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        List<CompiledRuleSet> sorted = new ArrayList<>(loaded.stream().map(Loaded::set).toList());
        sorted.sort(Comparator.comparing(s -> s.info().inForceFrom()));
        LocalDate first = sorted.get(0).info().inForceFrom();
        LocalDate last = sorted.get(sorted.size() - 1).info().inForceUntil();
        return sorted.stream().map(set -> set.deciding(first, last)).toList();
    }

    /** One id each; in-force periods that neither overlap nor leave a gap. */
    private static void checkTogether(List<Loaded> loaded, List<Problem> problems) {
        List<Loaded> sorted = loaded.stream()
                .sorted(Comparator.comparing((Loaded l) -> l.set().info().inForceFrom())).toList();
        Map<String, String> fileOfId = new HashMap<>();
        for (Loaded l : sorted) {
            String first = fileOfId.putIfAbsent(l.set().info().ref().id(), l.manifestFile());
            if (first != null) {
                problems.add(new Problem(l.manifestFile(), 1, 1, "duplicate rule set id \""
                        + l.set().info().ref().id() + "\" (also in " + first + ")"));
            }
        }
        for (int i = 1; i < sorted.size(); i++) {
            RuleSetInfo before = sorted.get(i - 1).set().info();
            RuleSetInfo after = sorted.get(i).set().info();
            String file = sorted.get(i).manifestFile();
            int line = sorted.get(i).inForceFromLine();
            int column = sorted.get(i).inForceFromColumn();
            if (before.inForceUntil() == null || !before.inForceUntil().isBefore(after.inForceFrom())) {
                problems.add(new Problem(file, line, column, "inForceFrom: " + after.inForceFrom() + " overlaps "
                        + before.ref().id() + " (in force " + range(before) + "); give " + before.ref().id()
                        + " an inForceUntil of " + after.inForceFrom().minusDays(1)));
            } else if (before.inForceUntil().plusDays(1).isBefore(after.inForceFrom())) {
                problems.add(new Problem(file, line, column, "inForceFrom: leaves a gap: " + before.ref().id()
                        + " ends on " + before.inForceUntil() + " but this starts on " + after.inForceFrom()
                        + "; no rule set would decide the days between"));
            }
        }
    }

    private static String range(RuleSetInfo info) {
        return info.inForceFrom() + " to " + (info.inForceUntil() == null ? "open end" : info.inForceUntil());
    }

    private static byte[] classpathBytes(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new RuleSetException(List.of(new Problem(name, 1, 1, "cannot be read from the classpath: " + e)));
        }
    }
}
