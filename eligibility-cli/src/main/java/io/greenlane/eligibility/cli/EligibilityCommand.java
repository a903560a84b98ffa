package io.greenlane.eligibility.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
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
        subcommands = {CheckCommand.class, RulesCommand.class, InventoryCommand.class},
        description = "Decides whether export declarations of STEM and educational toys qualify for the "
                + "Ningbo-Zhoushan Port green customs lane, and says why.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:GREEN_LANE (inventory: every SKU ready)",
            "3:MANUAL_REVIEW (inventory: some SKUs not ready, all for manual review)",
            "4:STANDARD_INSPECTION (inventory: some SKU would go to standard inspection)",
            "2:a usage or input error: one line on stderr naming the file and field or line and column",
            "1:an internal error (please report it), or output that could not be written"},
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

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), 1 << 16), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        System.exit(run(out, err, System.in, args));
    }

    /**
     * Runs a command line on these streams and returns its exit code; never throws. Output that could not be
     * written makes the run fail (exit 1), whatever the decision was: a failed write is a failure.
     */
    static int run(PrintWriter out, PrintWriter err, InputStream stdin, String... args) {
        int code;
        try {
            code = commandLine(out, err, stdin).execute(args);
        } catch (RuntimeException | Error e) {
            // Errors (e.g. out of memory) pass picocli's handlers by; they still get one line and exit 1.
            code = ExitCodes.failure(e, err);
        }
        out.flush();
        if (out.checkError()) {
            err.println("error: cannot write the output (standard output closed or full)");
            err.flush();
            return ExitCodes.INTERNAL;
        }
        return code;
    }

    /** The command line with its streams, converters and the one exit-code mapping. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream stdin) {
        ExitCodes exitCodes = new ExitCodes();
        CommandLine commandLine = new CommandLine(new EligibilityCommand(stdin))
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
