package org.sharewell.publishing.internal;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.publishing.Decision;
import org.sharewell.publishing.Upstream.Amendment;
import org.sharewell.publishing.Upstream.Choice;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An adopted document's text (mine), the upstream version it last took in (base) and the upstream's
 * newest (theirs), merged line by line by JGit's three-way merge, as Git merges files. A Markdown
 * paragraph is one line, so changes to different paragraphs never conflict. Pure: no Spring, no database.
 *
 * <p>Each upstream amendment is one edit of JGit's histogram diff from base to theirs. It conflicts
 * when merging it alone into mine leaves JGit a conflict, which is exactly when the merge of all of
 * them would. Decisions become a new "theirs": a declined amendment is put back to the base text, an
 * edited one replaced by the person's words, and JGit merges that; where a decided amendment still
 * conflicts with mine, the person chose the upstream (or their new) wording, which is taken.
 */
final class ThreeWayMerge {

    private static final DiffAlgorithm DIFF = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

    private final RawText base;
    private final RawText mine;
    private final RawText theirs;
    private final EditList amendments;

    ThreeWayMerge(String base, String mine, String theirs) {
        this.base = text(base);
        this.mine = text(mine);
        this.theirs = text(theirs);
        this.amendments = DIFF.diff(RawTextComparator.DEFAULT, this.base, this.theirs);
    }

    /** Every upstream amendment, numbered from 1 in the order of the text, with whether it conflicts with mine. */
    List<Amendment> amendments() {
        var found = new ArrayList<Amendment>();
        for (int i = 0; i < amendments.size(); i++) {
            Edit amendment = amendments.get(i);
            var alone = merge(onlyThis(i));
            String myText = alone.containsConflicts() ? side(alone, MergeChunk.ConflictState.FIRST_CONFLICTING_RANGE)
                    : lines(base, amendment.getBeginA(), amendment.getEndA());
            found.add(new Amendment(i + 1, lines(base, amendment.getBeginA(), amendment.getEndA()),
                    lines(theirs, amendment.getBeginB(), amendment.getEndB()), myText, alone.containsConflicts()));
        }
        return found;
    }

    /**
     * Mine with the amendments merged in as decided; one without a decision is taken, unless it
     * conflicts.
     *
     * @throws InvalidInput naming each conflicting amendment without a decision, each decision for an
     *         amendment that does not exist, and each declined one without a reason
     */
    String apply(List<Choice> choices) {
        var byNumber = new LinkedHashMap<Integer, Choice>();
        var problems = new LinkedHashMap<String, String>();
        for (Choice choice : choices) {
            if (choice.decision() == null) {
                problems.put("amendment " + choice.amendment(), "Choose whether to take this change, edit it or decline it.");
            } else if (choice.amendment() < 1 || choice.amendment() > amendments.size()) {
                problems.put("amendment " + choice.amendment(), "There is no such change in this upstream version.");
            } else if (choice.decision() == Decision.DECLINED && (choice.reason() == null || choice.reason().strip().length() < 3)) {
                problems.put("amendment " + choice.amendment(), "Say why you are not taking this change.");
            } else if (choice.decision() == Decision.EDITED && choice.text() == null) {
                problems.put("amendment " + choice.amendment(), "Give the wording to use instead.");
            } else {
                byNumber.put(choice.amendment(), choice);
            }
        }
        for (Amendment amendment : amendments()) {
            if (amendment.conflict() && !byNumber.containsKey(amendment.number())) {
                problems.putIfAbsent("amendment " + amendment.number(), "This change is to text you have changed too. "
                        + "Choose whether to take it, keep your own text or write new wording.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var merged = merge(decided(byNumber));
        return written(merged, MergeChunk.ConflictState.NEXT_CONFLICTING_RANGE);
    }

    /** Theirs as decided: each amendment as upstream wrote it, put back to base, or replaced by the person's words. */
    private RawText decided(Map<Integer, Choice> choices) {
        var text = new StringBuilder();
        int at = 0;
        for (int i = 0; i < amendments.size(); i++) {
            Edit amendment = amendments.get(i);
            text.append(lines(base, at, amendment.getBeginA()));
            var choice = choices.get(i + 1);
            if (choice != null && choice.decision() == Decision.DECLINED) {
                text.append(lines(base, amendment.getBeginA(), amendment.getEndA()));
            } else if (choice != null && choice.decision() == Decision.EDITED) {
                text.append(withNewline(choice.text()));
            } else {
                text.append(lines(theirs, amendment.getBeginB(), amendment.getEndB()));
            }
            at = amendment.getEndA();
        }
        text.append(lines(base, at, base.size()));
        return text(text.toString());
    }

    /** Theirs with only the one amendment: base elsewhere. */
    private RawText onlyThis(int index) {
        Edit amendment = amendments.get(index);
        return text(lines(base, 0, amendment.getBeginA()) + lines(theirs, amendment.getBeginB(), amendment.getEndB())
                + lines(base, amendment.getEndA(), base.size()));
    }

    private MergeResult<RawText> merge(RawText theirsAsDecided) {
        return new MergeAlgorithm(DIFF).merge(RawTextComparator.DEFAULT, base, mine, theirsAsDecided);
    }

    /** The merged text, taking from each conflict the side given. */
    private static String written(MergeResult<RawText> merged, MergeChunk.ConflictState taken) {
        var text = new StringBuilder();
        for (MergeChunk chunk : merged) {
            var state = chunk.getConflictState();
            if (state == MergeChunk.ConflictState.NO_CONFLICT || state == taken) {
                text.append(lines(merged.getSequences().get(chunk.getSequenceIndex()), chunk.getBegin(), chunk.getEnd()));
            }
        }
        return plain(text.toString());
    }

    /** The text of one side of the merge's conflicts. */
    private static String side(MergeResult<RawText> merged, MergeChunk.ConflictState side) {
        var text = new StringBuilder();
        for (MergeChunk chunk : merged) {
            if (chunk.getConflictState() == side) {
                text.append(lines(merged.getSequences().get(chunk.getSequenceIndex()), chunk.getBegin(), chunk.getEnd()));
            }
        }
        return plain(text.toString());
    }

    private static String lines(RawText text, int begin, int end) {
        return begin >= end ? "" : text.getString(begin, end, false);
    }

    /** Every line ends in a newline while merging, so the last line compares like the others. */
    private static RawText text(String text) {
        return new RawText(withNewline(text).getBytes(StandardCharsets.UTF_8));
    }

    private static String withNewline(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    private static String plain(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
