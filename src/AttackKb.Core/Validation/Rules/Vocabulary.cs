namespace AttackKb.Core.Validation.Rules;

/// <summary>Fixed vocabularies the rules check against, with where each comes from.</summary>
internal static class Vocabulary
{
    /// <summary>
    /// Tactics ATT&amp;CK v19 introduced when it split Defense Evasion; reported as unknown-to-the-release, with this
    /// hint.
    /// </summary>
    public static readonly IReadOnlySet<string> V19Tactics = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "stealth", "defense-impairment", "defense impairment", "TA0112",
    };

    /// <summary>Platforms ATT&amp;CK retired, with the name that replaced them.</summary>
    public static readonly IReadOnlyDictionary<string, string> RetiredPlatforms =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Office 365"] = "Office Suite",
        ["Azure AD"] = "Identity Provider",
        ["Google Workspace"] = "Office Suite",
        ["AWS"] = "IaaS",
        ["Azure"] = "IaaS",
        ["GCP"] = "IaaS",
    };

    /// <summary>Sigma specification: level and status values.</summary>
    public static readonly IReadOnlySet<string> SigmaLevels = new HashSet<string>(StringComparer.Ordinal)
    {
        "informational", "low", "medium", "high", "critical",
    };

    public static readonly IReadOnlySet<string> SigmaStatuses = new HashSet<string>(StringComparer.Ordinal)
    {
        "stable", "test", "experimental", "deprecated", "unsupported",
    };

    /// <summary>"unknown to 18.1" plus a hint when the name is one of v19's new tactics.</summary>
    public static string TacticHint(string name) =>
        V19Tactics.Contains(name.Trim())
            ? " (an ATT&CK v19 tactic: v19 split Defense Evasion into Stealth and Defense Impairment)" : "";
}
