package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.PlainText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eligibility}: the command line's top level. {@code java -jar eligibility-cli/target/eligibility.jar
 * COMMAND ...}; each command has its own {@code --help}.
 */
@Command(name = "eligibility", mixinStandardHelpOptions = true, versionProvider = EligibilityCommand.Version.class,
        description = "Decides whether export declarations of STEM and educational toys qualify for the "
                + "Ningbo-Zhoushan Port green customs lane, and says why.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:GREEN_LANE (inventory: every SKU ready)",
            "3:MANUAL_REVIEW (inventory: some SKUs not ready, all for manual review)",
            "4:STANDARD_INSPECTION (inventory: some SKU would go to standard inspection)",
            "2:a usage or input error: one line on stderr naming the file and field or line and column",
            "5:output that could not be written (standard output closed or full, a file that failed)",
            "6:rules diff|replay --fail-on-change: some pack's outcome changed",
            "130:stopped by SIGINT (Ctrl-C): the line being written finished, then a summary on stderr",
            "143:stopped by SIGTERM, likewise",
            "1:an internal error (please report it)"},
        footerHeading = "%n",
        footer = "Run 'eligibility COMMAND --help' for a command's options. The jar's stable path: "
                + "eligibility-cli/target/eligibility.jar.")
public final class EligibilityCommand implements Callable<Integer> {

    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    EligibilityCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * For a command that decides with the shipped rule sets ({@code check}, {@code inventory}, no {@code --rules-dir}),
     * builds them on a second thread while this one starts picocli and reads the input: on two cores most of a
     * one-pack run's rule building is then paid in parallel (docs/performance.md). The engine the command builds
     * waits for these rules instead of building its own; whatever goes wrong here is left for that build to report.
     */
    private static void startBuildingShippedRules(String[] args) {
        if (args.length == 0 || !(args[0].equals("check") || args[0].equals("inventory"))) {
            return;
        }
        for (String arg : args) {
            if (arg.startsWith("--rules-dir") || arg.equals("--help") || arg.equals("-h")) {
                return;
            }
        }
        EligibilityEngine.prepareShippedRuleSets();
    }

    /** How long a run asked to stop by a signal may take to finish its line and summary by itself. */
    private static final long GRACE_MILLIS = 1_500;

    /**
     * Runs the command line and exits with its code. The command runs on its own thread so that a signal can
     * stop a run that is blocked (reading a pipe nobody writes to, say): the run gets a short grace to finish
     * its line and print its summary, then the process exits with the signal's code anyway.
     */
    public static void main(String[] args) {
        // Only the CLI writes to its stdout and stderr: what a library or a rule prints there is dropped, so it can
        // neither break the JSON lines nor put raw escape sequences on a clerk's terminal.
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(nowhere);
        System.setErr(nowhere);
        // As early as that allows: the rules' build is the longest path of a one-pack run.
        startBuildingShippedRules(args);
        StandardOutput out = StandardOutput.open();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        Interruption.install(() -> { });
        // Anything that ends the process but this method (a rule calling System.exit(0), say) must not pass for a
        // decision: the exit code becomes 1. Not a sandbox (Runtime.halt passes by): a rules folder is code.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!exiting) {
                err.println("error: something in the run ended the process (System.exit) before the command "
                        + "finished, e.g. a rule in --rules-dir; nothing it decided counts");
                err.flush();
                Runtime.getRuntime().halt(ExitCodes.INTERNAL);
            }
        }, "exit-guard"));
        int[] code = {ExitCodes.INTERNAL};
        // A deep stack, as the main thread has: compiling a rules folder recurses deeply.
        Thread command = new Thread(null, () -> code[0] = run(out, err, System.in, args), "eligibility", 64L << 20);
        command.setDaemon(true);
        command.start();
        try {
            while (command.isAlive()) {
                command.join(100);
                if (Interruption.requested() && command.isAlive()) {
                    command.join(GRACE_MILLIS);
                    if (command.isAlive()) {
                        exit(stopFromOutside(out, err));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exit(code[0]);
    }

    private static volatile boolean exiting;

    private static void exit(int code) {
        exiting = true;
        System.exit(code);
    }

    /** A run that did not stop by itself: its whole lines flushed, what it did so far said, the signal's code. */
    private static int stopFromOutside(StandardOutput out, PrintWriter err) {
        out.flushWithin(200);
        String progress = Interruption.progress();
        err.println("interrupted by " + Interruption.signalName() + (progress == null
                ? " before the command finished" : ": " + progress));
        err.flush();
        return Interruption.exitCode();
    }

    /**
     * Runs a command line on these streams and returns its exit code; never throws. Output that could not be
     * written makes the run fail (exit 5), whatever the decision was: a failed write is a failure. A signal that
     * came while it ran makes the exit code the signal's.
     */
    static int run(PrintWriter out, PrintWriter err, InputStream stdin, String... args) {
        int code;
        try {
            code = commandLine(out, err, stdin, args.length == 0 ? null : args[0]).execute(args);
        } catch (RuntimeException | Error e) {
            // Errors (e.g. out of memory) pass picocli's handlers by; they still get one line and exit 1.
            code = ExitCodes.failure(e, err);
        }
        if (out instanceof StandardOutput std) {
            std.finish();
        } else {
            out.flush();
        }
        if (out.checkError() && code != ExitCodes.WRITE_FAILED) {
            String problem = out instanceof StandardOutput std ? std.problem() : null;
            err.println("error: cannot write the output: " + PlainText.escape(problem == null
                    ? "standard output failed" : problem));
            err.flush();
            return ExitCodes.WRITE_FAILED;
        }
        if (Interruption.requested() && code != Interruption.exitCode()
                && code != ExitCodes.WRITE_FAILED) {
            err.println("interrupted by " + Interruption.signalName() + " (the command had finished its work)");
            err.flush();
            return Interruption.exitCode();
        }
        return code;
    }

    /** The command line with its streams, converters and the one exit-code mapping. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream stdin) {
        return commandLine(out, err, stdin, null);
    }

    /** The commands, in the order help lists them. */
    private static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand.class);
        commands.put("rules", RulesCommand.class);
        commands.put("inventory", InventoryCommand.class);
        return commands;
    }

    /**
     * The command line for a run whose first argument is {@code first}: when it names a command, with that command
     * only, since picocli reads the annotations of every command it is given (building them all took 0.14-0.23 s
     * of a one-pack {@code check}, that command alone 0.05-0.12 s); otherwise (top-level help, a mistyped command)
     * with them all.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream stdin, String first) {
        ExitCodes exitCodes = new ExitCodes();
        CommandLine commandLine = new CommandLine(new EligibilityCommand(stdin));
        Class<?> only = first == null ? null : COMMANDS.get(first);
        for (Class<?> command : only == null ? COMMANDS.values() : List.of(only)) {
            commandLine.addSubcommand(command);
        }
        // Every command lists -V, --version (the standard help options): each answers as the top level does.
        shareVersion(commandLine, new Version());
        commandLine
                .setOut(out)
                .setErr(err)
                // "@file" arguments are file names here, never files of more arguments.
                .setExpandAtFiles(false)
                .setParameterExceptionHandler(exitCodes)
                .setExecutionExceptionHandler(exitCodes)
                .setUsageHelpWidth(100);
        commandLine.registerConverter(LocalDate.class, EligibilityCommand::date);
        return commandLine;
    }

    private static void shareVersion(CommandLine commandLine, IVersionProvider version) {
        for (CommandLine command : commandLine.getSubcommands().values()) {
            command.getCommandSpec().versionProvider(version);
            shareVersion(command, version);
        }
    }

    /** Standard input, for packs read from {@code -}. */
    static InputStream stdin(CommandSpec command) {
        return ((EligibilityCommand) command.root().userObject()).stdin;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no command given; the commands are "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** An ISO-8601 date in the years packs may use (1900 to 2999). */
    static LocalDate date(String text) {
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 1900 || date.getYear() > 2999) {
                throw new CommandLine.TypeConversionException("\"" + text + "\" is outside the years 1900 to 2999");
            }
            return date;
        } catch (DateTimeException e) {
            throw new CommandLine.TypeConversionException("\"" + text + "\" is not a date; expected an ISO-8601 "
                    + "date such as 2026-09-01");
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = EligibilityCommand.class.getPackage().getImplementationVersion();
            return new String[] {"eligibility " + (version == null ? "(development build)" : version)};
        }
    }
}
