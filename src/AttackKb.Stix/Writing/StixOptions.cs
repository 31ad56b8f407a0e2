using System.Text.Json;
using AttackKb.Core.Config;
using AttackKb.Core.Ids;
using AttackKb.Core.Validation;

namespace AttackKb.Stix.Writing;

/// <summary>
/// The <c>"stix"</c> section of attackkb.json: who owns the knowledge base (the identity every object is created by)
/// and the marking statement; plus the config's severity overrides, so "a note with errors" means what `lint` reports.
/// Defaults are documented in the README; ids are minted from the names, so they are stable.
/// </summary>
public sealed record StixOptions(string OwnerName, string MarkingStatement)
{
    public const string DefaultOwner = "AttackKb knowledge base";
    public const string DefaultMarking =
        "Copyright the knowledge base owner. Contains facts from MITRE ATT&CK®, © The MITRE Corporation, "
        + "reproduced with its permission.";

    /// <summary>Used when an object has no date anywhere (note or release): never the build time.</summary>
    public const string FixedTimestamp = "2020-01-01T00:00:00.000Z";

    public static StixOptions Default { get; } = new(DefaultOwner, DefaultMarking);

    /// <summary>
    /// How the lint run that decides which notes are exported reports (the config's <c>severity</c> overrides).
    /// </summary>
    public LintOptions Lint { get; init; } = LintOptions.Default;

    public string IdentityId => StixId.Mint("identity", OwnerName);
    public string MarkingId => StixId.Mint("marking-definition", MarkingStatement);

    /// <summary>
    /// The options of <paramref name="config"/>'s <c>"stix"</c> section (keys checked by ConfigSchema).
    /// </summary>
    /// <exception cref="ConfigException">the section is not an object, or a value is not a string.</exception>
    public static StixOptions From(KbConfig config)
    {
        var lint = new LintOptions(config.Severity);
        if (config.Section("stix") is not { } s) return Default with { Lint = lint };
        string where = config.SourcePath ?? KbConfig.FileName;
        if (s.ValueKind != JsonValueKind.Object) throw new ConfigException($"{where}: 'stix' must be an object");
        return new StixOptions(Text(s, "owner", where) ?? DefaultOwner, Text(s, "marking", where) ?? DefaultMarking)
        {
            Lint = lint,
        };
    }

    /// <summary>A string value, trimmed; null when absent or blank (the default applies).</summary>
    private static string? Text(JsonElement section, string key, string where)
    {
        if (!section.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind != JsonValueKind.String) throw new ConfigException($"{where}: 'stix.{key}' must be a string");
        string text = v.GetString()!.Trim();
        return text.Length > 0 ? text : null;
    }
}
