using System.Text;
using AttackKb.Core.Attack;
using AttackKb.Core.Ids;

namespace AttackKb.Notes.Writing;

/// <summary>
/// Writes an ATT&amp;CK technique as a canonical-dialect note (README "Canonical technique note"): fixed key order,
/// <see cref="YamlQuoting"/> quoting, '\n' newlines, one final newline, so the same technique always gives the same
/// bytes. Empty optional lists are left out; tactics, platforms and domains are always written.
/// </summary>
public static class CanonicalNoteWriter
{
    /// <summary>
    /// What the writer had to change in upstream text to keep the note readable (reported by import).
    /// </summary>
    public sealed record Adjustments(bool DemotedHeadings, bool MultiLineName);

    /// <param name="detections">Explicit detection links (ATT&amp;CK DET ids of the strategies that detect it).</param>
    /// <param name="importedFrom">Provenance (<c>enterprise-attack 18.1</c>), written as <c>imported_from</c>; null for
    /// none.</param>
    public static string Write(AttackTechnique t, IReadOnlyList<string> detections, string? importedFrom,
        out Adjustments adjustments)
    {
        var sb = new StringBuilder(4096);
        sb.Append("---\n");
        new YamlBlockWriter(sb)
            .Scalar("kind", "technique")
            .Scalar("id", t.StixId)
            .Scalar("mitre_attack_url", t.Url ?? AttackId.TechniqueUrl(t.Id))
            .Scalar("name", t.Name)
            .List("tactics", t.Tactics, omitWhenEmpty: false)
            .List("platforms", t.Platforms, omitWhenEmpty: false)
            .List("data_sources", t.DataSources)
            .List("contributors", t.Contributors)
            .List("domains", t.Domains, omitWhenEmpty: false)
            .Scalar("created", t.Created)
            .Scalar("modified", t.Modified)
            .Scalar("version", t.Version)
            .List("detections", detections)
            .List("permissions_required", t.PermissionsRequired)
            .List("system_requirements", t.SystemRequirements)
            .List("defenses_bypassed", t.DefensesBypassed)
            .Scalar("imported_from", importedFrom);
        sb.Append("---\n\n");

        string title = ReferenceLine.OneLine(t.Name).Trim();
        sb.Append("# ").Append(title).Append("\n\n");

        bool demoted = false;
        sb.Append("## Description\n\n");
        AppendSection(sb, t.Description, ref demoted);
        if (!string.IsNullOrWhiteSpace(t.DetectionText))
        {
            sb.Append("## Detection\n\n");
            AppendSection(sb, t.DetectionText, ref demoted);
        }
        sb.Append("## External References\n\n");
        foreach (var r in t.References) sb.Append(ReferenceLine.Format(r)).Append('\n');
        if (t.References.Count == 0) sb.Length--; // no list: end right after the heading's blank line

        adjustments = new Adjustments(demoted, title != t.Name);
        return sb.ToString();
    }

    private static void AppendSection(StringBuilder sb, string? markdown, ref bool demoted)
    {
        string text = SectionText.Prepare(markdown ?? "", out bool d);
        demoted |= d;
        if (text.Length > 0) sb.Append(text).Append("\n\n");
    }
}
