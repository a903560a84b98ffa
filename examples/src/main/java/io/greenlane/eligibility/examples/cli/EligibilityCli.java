package io.greenlane.eligibility.examples.cli;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code java -jar eligibility.jar check PACK.json [--labs REGISTRY.csv] [--rule-set ID] [--rules-dir DIR] [--json]}.
 *
 * <p>Exit codes: 0 green lane, 3 manual review, 4 standard inspection, 2 usage or input error, 1 an
 * unexpected internal error. Errors are one line on stderr, never a stack trace.
 */
public final class EligibilityCli {

    static final int EXIT_USAGE = 2;
    static final int EXIT_INTERNAL = 1;
    static final String SAMPLE_REGISTRY = "samples/sample-lab-registry.csv";

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: eligibility check PACK.json [--labs REGISTRY.csv] [--rule-set ID] [--rules-dir DIR] [--json]",
            "       eligibility check PACK... [--labs REGISTRY.csv] [--rule-set ID] [--rules-dir DIR]   (batch: JSON lines)",
            "       eligibility rules list [--rules-dir DIR]",
            "       eligibility rules validate DIR",
            "       eligibility rules diff --from ID|DIR --to ID|DIR [--labs CSV] [--rules-dir DIR] PACK...",
            "       eligibility rules coverage [--labs CSV] [--rules-dir DIR] [--rule-set ID] PACK...",
            "       eligibility inventory --reports REPORTS --skus SKUS.csv [--labs REGISTRY.csv] [--as-of DATE]",
            "                             [--terminal T] [--warn-days N] [--json] [--html FILE]",
            "",
            "check         decide a declaration pack: exit 0 GREEN_LANE, 3 MANUAL_REVIEW, 4 STANDARD_INSPECTION,",
            "              2 bad usage or input. Given several packs, a folder, a .jsonl file or - (JSON lines on",
            "              stdin), decides them in parallel and prints one JSON decision per line, a summary on",
            "              stderr, and exits with the worst outcome's code (2 if any pack could not be read)",
            "  --labs      the operator's lab registry CSV (default: the bundled SAMPLE registry of example labs)",
            "  --rule-set  decide with this rule set id instead of the one in force on the declaration date",
            "  --rules-dir load rule sets from this folder instead of the shipped ones",
            "  --json      print the decision as JSON",
            "rules         for policy authors: list rule sets, validate a folder (FILE:LINE:COLUMN per problem),",
            "              diff two rule sets over packs (impact analysis), count rule firings over packs",
            "PACK...       JSON files, folders of them, JSON-lines files (.jsonl) or - for JSON lines on stdin",
            io.greenlane.eligibility.examples.inventory.InventoryCommand.USAGE);

    private final PrintStream out;
    private final PrintStream err;

    EligibilityCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        int code = new EligibilityCli(out, System.err).run(args);
        out.flush();
        System.exit(code);
    }

    /** Runs a command and returns its exit code; never throws. */
    int run(String... words) {
        try {
            List<String> args = Arrays.asList(words);
            if (args.isEmpty()) {
                throw new UsageException("no command given");
            }
            if (args.contains("--help") || args.contains("-h")) {
                out.println(USAGE);
                return 0;
            }
            List<String> rest = args.subList(1, args.size());
            switch (args.get(0)) {
                case "check":
                    return check(rest);
                case "rules":
                    return new RulesCommand(this, out, err).run(rest);
                case "inventory":
                    return new io.greenlane.eligibility.examples.inventory.InventoryCommand(out, err, this::registry)
                            .run(rest);
                default:
                    throw new UsageException("unknown command \"" + args.get(0) + "\"");
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE.lines().findFirst().orElse("") + "  (--help for more)");
            return EXIT_USAGE;
        } catch (InputError e) {
            err.println("error: " + e.getMessage());
            return EXIT_USAGE;
        } catch (RuleSetException e) {
            err.println("error: rule sets cannot be loaded:");
            e.problems().forEach(p -> err.println("  " + p));
            return EXIT_USAGE;
        } catch (RuntimeException | Error e) {
            err.println("error: internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                    + "; please report it");
            return EXIT_INTERNAL;
        }
    }

    private int check(List<String> words) {
        Arguments args = Arguments.parse(words, Set.of("--json"), Set.of("--labs", "--rule-set", "--rules-dir"));
        if (args.positional.isEmpty()) {
            throw new UsageException("check needs a pack file (or several, a folder, a .jsonl file or -)");
        }
        LabRegistry registry = registry(args.option("--labs"));
        String pinned = args.option("--rule-set");
        if (!PackSource.isSinglePackFile(args.positional)) {
            PackSource source = new PackSource(args.positional, System.in);
            EligibilityEngine engine = engine(registry, args.option("--rules-dir"));
            checkPinned(engine, pinned);
            return new BatchCheck(engine, pinned, out, err).run(source);
        }
        Declaration declaration = readPack(Path.of(args.positional.get(0)));
        EligibilityEngine engine = engine(registry, args.option("--rules-dir"));
        checkPinned(engine, pinned);
        Decision decision = pinned != null ? engine.decide(declaration, pinned) : engine.decide(declaration);
        if (args.flag("--json")) {
            out.println(decision.toJson());
        } else {
            out.print(decision.toPlainText());
        }
        return exitCode(decision.outcome());
    }

    private static void checkPinned(EligibilityEngine engine, String pinned) {
        if (pinned != null && engine.ruleSets().stream().noneMatch(r -> r.ref().id().equals(pinned))) {
            throw new UsageException("unknown rule set \"" + pinned + "\"; known: "
                    + engine.ruleSets().stream().map(r -> r.ref().id()).toList());
        }
    }

    static int exitCode(Outcome outcome) {
        return switch (outcome) {
            case GREEN_LANE -> 0;
            case MANUAL_REVIEW -> 3;
            case STANDARD_INSPECTION -> 4;
        };
    }

    static EligibilityEngine engine(LabRegistry registry, String rulesDir) {
        EligibilityEngine.Builder builder = EligibilityEngine.builder().labRegistry(registry);
        if (rulesDir != null) {
            Path dir = Path.of(rulesDir);
            if (!Files.isDirectory(dir)) {
                throw new InputError(rulesDir + ": not a directory");
            }
            builder.ruleSetsFromDirectory(dir);
        }
        return builder.build();
    }

    static Declaration readPack(Path path) {
        try {
            return Declaration.read(path);
        } catch (InvalidInputException e) {
            throw new InputError(path + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InputError(path + ": " + ioProblem(e.getCause()));
        }
    }

    LabRegistry registry(String labs) {
        if (labs == null) {
            err.println("note: no --labs given; using the bundled SAMPLE lab registry (fictional example labs)");
            try (InputStream in = EligibilityCli.class.getClassLoader().getResourceAsStream(SAMPLE_REGISTRY)) {
                if (in == null) {
                    throw new InputError("the bundled sample lab registry is missing; pass --labs REGISTRY.csv");
                }
                return LabRegistry.fromCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InputError("cannot read the bundled sample lab registry: " + e.getMessage());
            }
        }
        Path path = Path.of(labs);
        try {
            return LabRegistry.read(path);
        } catch (InvalidInputException e) {
            throw new InputError(path + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InputError(path + ": " + ioProblem(e.getCause()));
        }
    }

    static String ioProblem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }

    /** Bad input named by file and field: exit code 2, one line. */
    public static final class InputError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InputError(String message) {
            super(message);
        }
    }

    static String describe(RuleSetInfo info) {
        return info.ref().id() + "  in force " + info.inForceFrom() + " to "
                + (info.inForceUntil() == null ? "(open)" : info.inForceUntil()) + "  " + info.ref().digest();
    }
}
