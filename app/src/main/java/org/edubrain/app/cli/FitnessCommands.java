package org.edubrain.app.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.edubrain.core.fitness.FitnessScoreFile;
import org.edubrain.core.fitness.FitnessScorer;
import org.edubrain.core.registry.FitnessRating;

/**
 * {@code edubrain fitness score --in IN.csv --out OUT.csv}: scores a file of results under
 * 国家学生体质健康标准 (2014年修订) without starting the platform. The output appears whole or not at
 * all (written beside the target, then moved). Exit 0 when the file was scored (rows with
 * problems included), 2 when it is not a results file (empty, a header without the contract's
 * columns, not UTF-8), 1 for anything else.
 */
final class FitnessCommands {

    static final int REFUSED = 2;

    private FitnessCommands() {
    }

    static int run(CommandLine cl, PrintStream out, PrintStream err) throws IOException {
        if (!"score".equals(cl.word(1))) {
            throw new CommandLine.UsageException("fitness takes: score --in IN.csv --out OUT.csv");
        }
        Path in = Path.of(cl.require("in"));
        Path target = Path.of(cl.require("out")).toAbsolutePath();
        if (!Files.isReadable(in)) {
            err.println("edubrain: " + in + ": 文件无法读取 / cannot read the file");
            return Commands.FAILED;
        }
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        long started = System.nanoTime();
        FitnessScoreFile.Summary summary;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(in),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
                Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
            summary = new FitnessScoreFile(new FitnessScorer()).score(r, w);
        } catch (FitnessScoreFile.FormatException e) {
            Files.deleteIfExists(tmp);
            err.println("edubrain: " + in + ": " + e.getMessage());
            return REFUSED;
        } catch (CharacterCodingException e) {
            Files.deleteIfExists(tmp);
            err.println("edubrain: " + in + ": 不是 UTF-8 编码 / not UTF-8 text");
            return REFUSED;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        long ms = (System.nanoTime() - started) / 1_000_000;
        var r = summary.ratings();
        out.printf("%s: %,d 行, %,d 行已评分, %,d 行有问题 (优秀 %,d, 良好 %,d, 及格 %,d, 不及格 %,d) → %s, %,d ms%n"
                        + "%s: %,d rows, %,d scored, %,d with problems → %s%n",
                in, summary.rows(), summary.scored(), summary.withProblems(), r.get(FitnessRating.EXCELLENT),
                r.get(FitnessRating.GOOD), r.get(FitnessRating.PASS), r.get(FitnessRating.FAIL), target, ms,
                in, summary.rows(), summary.scored(), summary.withProblems(), target);
        return Commands.OK;
    }
}
