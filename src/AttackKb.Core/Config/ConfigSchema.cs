namespace AttackKb.Core.Config;

/// <summary>
/// Every key attackkb.json may hold, checked in one pass when the file is loaded (<see cref="ConfigKeyCheck"/>): a
/// typo is a usage error, never a setting silently ignored (a misspelt <c>severity</c> used to turn every override
/// off). <see cref="KbConfig"/> reads the shared keys; each back end reads the values of its own section
/// (<c>stix</c>: StixOptions, <c>site</c>: SiteOptions) and documents them there. Adding a key is one line here.
/// </summary>
public static class ConfigSchema
{
    /// <summary>The top-level keys.</summary>
    public static IReadOnlySet<string> TopLevel { get; } = Set(
        "attack", "include", "exclude", "maxFileBytes", "severity", "detectionGaps", "stix", "site");

    /// <summary>The keys of each section that is an object of fixed keys (<c>severity</c> and <c>detectionGaps</c>
    /// map codes and IDs, checked by <see cref="KbConfig"/> itself).</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Sections { get; } =
        new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            ["stix"] = Set("owner", "marking", "previousIndex"),
            ["site"] = Set("title", "home", "hub", "since", "baseUrl"),
        };

    private static HashSet<string> Set(params string[] keys) => new(keys, StringComparer.Ordinal);
}
