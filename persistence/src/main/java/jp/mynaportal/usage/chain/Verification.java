package jp.mynaportal.usage.chain;

/**
 * What walking the usage-log chain found.
 *
 * @param entries how many entries were read
 * @param checkpoints how many signed checkpoints were checked
 * @param brokenSeq the position of the first broken entry (or of the first missing one), or
 *     {@code 0} when the chain is whole
 * @param problem what is wrong there, in words, or {@code null} when nothing is
 * @param waiting how many entries wait for the sealer (not yet in the chain, so not yet checked)
 */
public record Verification(long entries, int checkpoints, long brokenSeq, String problem, long waiting) {

    public boolean intact() {
        return problem == null;
    }

    static Verification broken(long entries, int checkpoints, long seq, String problem) {
        return new Verification(entries, checkpoints, seq, problem, 0);
    }

    @Override
    public String toString() {
        return intact()
                ? "usage log intact: " + entries + " entries, " + checkpoints + " signed checkpoints, " + waiting
                        + " entries waiting to be sealed"
                : "usage log BROKEN at entry " + brokenSeq + ": " + problem;
    }
}
