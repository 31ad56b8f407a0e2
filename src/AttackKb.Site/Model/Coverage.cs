namespace AttackKb.Site.Model;

/// <summary>How well a technique is covered, worst to best; the Navigator layer's score is the numeric value.</summary>
public enum CoverageLevel
{
    /// <summary>Nothing detects it and no gap is documented.</summary>
    None = 0,
    /// <summary>Only ATT&amp;CK's own detection strategies; the team has no detection.</summary>
    AttackOnly = 1,
    /// <summary>
    /// No team detection, and the team documented why (<c>detection_gap</c> or the config's <c>detectionGaps</c>).
    /// </summary>
    DocumentedGap = 2,
    /// <summary>At least one team detection (detection note or Sigma rule).</summary>
    Detected = 3,
    /// <summary>Detected, and an Atomic test exercises it.</summary>
    Tested = 4,
}

/// <summary>The counts behind a technique's coverage, shown on the hub, the matrix and the technique page.</summary>
public sealed record Coverage(
    int AttackStrategies, int Analytics, int DetectionNotes, int SigmaRules, int Tests, string? Gap)
{
    public int TeamDetections => DetectionNotes + SigmaRules;

    /// <summary>
    /// The counts as the site shows them everywhere (hub, technique pages, the layer's comment), in this order.
    /// </summary>
    public IReadOnlyList<(int Count, string Noun)> Parts =>
    [
        (AttackStrategies, AttackStrategies == 1 ? "ATT&CK strategy" : "ATT&CK strategies"),
        (Analytics, Analytics == 1 ? "analytic" : "analytics"),
        (DetectionNotes, DetectionNotes == 1 ? "detection note" : "detection notes"),
        (SigmaRules, SigmaRules == 1 ? "Sigma rule" : "Sigma rules"),
        (Tests, Tests == 1 ? "Atomic test" : "Atomic tests"),
    ];

    /// <summary>"1 ATT&amp;CK strategy, 4 analytics, …".</summary>
    public string Counts() =>
        string.Join(
            ", ",
            Parts.Select(p => p.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + p.Noun));

    public CoverageLevel Level =>
        TeamDetections > 0 ? (Tests > 0 ? CoverageLevel.Tested : CoverageLevel.Detected)
        : Gap is not null ? CoverageLevel.DocumentedGap
        : AttackStrategies > 0 ? CoverageLevel.AttackOnly
        : CoverageLevel.None;

    public static string CssClass(CoverageLevel level) => level switch
    {
        CoverageLevel.Tested => "cov-tested",
        CoverageLevel.Detected => "cov-detected",
        CoverageLevel.DocumentedGap => "cov-gap",
        CoverageLevel.AttackOnly => "cov-attack",
        _ => "cov-none",
    };

    public static string Label(CoverageLevel level) => level switch
    {
        CoverageLevel.Tested => "detected and tested",
        CoverageLevel.Detected => "detected",
        CoverageLevel.DocumentedGap => "documented gap",
        CoverageLevel.AttackOnly => "ATT&CK strategies only",
        _ => "no coverage",
    };

    /// <summary>The word each matrix cell carries beside its colour (the legend pairs it with <see cref="Label"/>).
    /// </summary>
    public static string ShortLabel(CoverageLevel level) => level switch
    {
        CoverageLevel.Tested => "tested",
        CoverageLevel.Detected => "detected",
        CoverageLevel.DocumentedGap => "gap",
        CoverageLevel.AttackOnly => "ATT&CK only",
        _ => "none",
    };

    /// <summary>Navigator cell colors (hex), readable with black text.</summary>
    public static string Color(CoverageLevel level) => level switch
    {
        CoverageLevel.Tested => "#31a354",
        CoverageLevel.Detected => "#a1d99b",
        CoverageLevel.DocumentedGap => "#c6dbef",
        CoverageLevel.AttackOnly => "#fdd0a2",
        _ => "#fc9272",
    };
}
