package org.guildhall.expertise;

/** What to add to one score cell when evidence items appear, change or go. */
public record ScoreChange(double weighted, double points, int items, int accepted, int answers, int questions,
                          int pages) {

    public static final ScoreChange NONE = new ScoreChange(0, 0, 0, 0, 0, 0, 0);

    /** @return the change an item brings ({@code sign} 1) or takes away ({@code sign} -1) */
    public static ScoreChange of(EvidenceItem item, int sign) {
        return new ScoreChange(sign * item.points() * ExpertiseScoring.weight(item.occurredAt()), sign * item.points(),
                sign, item.kind() == EvidenceKind.ACCEPTED ? sign : 0, item.kind() == EvidenceKind.ANSWER ? sign : 0,
                item.kind() == EvidenceKind.QUESTION ? sign : 0, item.kind() == EvidenceKind.PAGE ? sign : 0);
    }

    public ScoreChange plus(ScoreChange other) {
        return new ScoreChange(weighted + other.weighted, points + other.points, items + other.items,
                accepted + other.accepted, answers + other.answers, questions + other.questions, pages + other.pages);
    }

    public boolean isNone() {
        return weighted == 0 && points == 0 && items == 0 && accepted == 0 && answers == 0 && questions == 0
                && pages == 0;
    }
}
