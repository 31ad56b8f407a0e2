using System.Text;
using AttackKb.Core.Attack;

namespace AttackKb.Notes.Writing;

/// <summary>
/// Writes an ATT&amp;CK detection strategy and its analytics as a detection note (README "Detection note"), byte-stable
/// like <see cref="CanonicalNoteWriter"/>. An imported strategy differs from a team-written one in: the official ids
/// (<c>DETnnnn</c>/<c>ANnnnn</c>, not <c>DET-AKB-nnnn</c>), <c>stix_id</c> keys with the official STIX ids,
/// <c>status: stable</c> and <c>author: The MITRE Corporation</c> (published ATT&amp;CK content), no queries
/// (ATT&amp;CK
/// analytics describe what to watch, not a query), <c>imported_from</c> and the import stamp.
/// </summary>
public static class DetectionNoteWriter
{
    public const string MitreAuthor = "The MITRE Corporation";

    public static string Write(AttackDetectionStrategy strategy, IReadOnlyList<string> techniques,
        IReadOnlyList<AttackAnalytic> analytics, string? importedFrom)
    {
        var sb = new StringBuilder(2048);
        sb.Append("---\n");
        new YamlBlockWriter(sb)
            .Scalar("kind", "detection")
            .Scalar("id", strategy.Id)
            .Scalar("stix_id", strategy.StixId)
            .Scalar("name", strategy.Name)
            .List("techniques", techniques, omitWhenEmpty: false)
            .Scalar("status", "stable")
            .Scalar("author", MitreAuthor)
            .Scalar("created", strategy.Created)
            .Scalar("modified", strategy.Modified)
            .Scalar("version", strategy.Version)
            .List("domains", strategy.Domains)
            .List("references", strategy.Url is { } url ? [url] : [])
            .Mappings("analytics", analytics, WriteAnalytic)
            .Scalar("imported_from", importedFrom);
        sb.Append("---\n\n");

        sb.Append("# ").Append(ReferenceLine.OneLine(strategy.Name).Trim()).Append("\n\n");
        sb.Append("## Description\n\n");
        string description = SectionText.Prepare(strategy.Description ?? "", out _);
        if (description.Length > 0) sb.Append(description).Append("\n\n");
        sb.Append("ATT&CK detection strategy ").Append(strategy.Id);
        if (strategy.Url is { } u) sb.Append(" (<").Append(u).Append(">)");
        sb.Append(", imported with its analytics");
        if (importedFrom is not null) sb.Append(" from ").Append(importedFrom);
        sb.Append(".\n");
        return sb.ToString();
    }

    private static void WriteAnalytic(YamlBlockWriter w, AttackAnalytic a)
    {
        var components = a.LogSourceReferences.Select(l => l.DataComponentId).Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal).ToArray();
        w.Scalar("id", a.Id)
            .Scalar("stix_id", a.StixId)
            .Scalar("name", a.Name)
            .Scalar("platform", a.Platforms.Count > 0 ? a.Platforms[0] : null)
            .Scalar("description", string.IsNullOrWhiteSpace(a.Description) ? null : a.Description.Trim())
            .List("data_components", components)
            .Mappings("log_sources", a.LogSourceReferences, (lw, l) => lw
                .Scalar("name", l.Name)
                .Scalar("channel", l.Channel)
                .Scalar("data_component", l.DataComponentId.Length > 0 ? l.DataComponentId : null));
    }
}
