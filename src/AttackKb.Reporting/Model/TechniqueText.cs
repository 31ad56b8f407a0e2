using AttackKb.Core.Model;

namespace AttackKb.Reporting.Model;

/// <summary>The human-readable rendering of a <see cref="TechniqueView"/> (what `show` prints by default).</summary>
public static class TechniqueText
{
    public static void Write(TextWriter w, KnowledgeBase kb, TechniqueView v)
    {
        w.WriteLine($"{v.AttackId}  {v.Name}");
        Field(w, "STIX id", v.StixId);
        Field(w, "Tactics", string.Join(", ", v.Tactics));
        Field(w, "Platforms", string.Join(", ", v.Platforms));
        Field(w, "Version", v.Version);
        Field(w, "Created", v.Created);
        Field(w, "Modified", v.Modified);
        if (v.Official is { } o)
        {
            string status = o.Revoked ? $"revoked (use {o.RevokedBy})" : o.Deprecated ? "deprecated" : "current";
            string url = AttackKb.Core.Ids.AttackId.TechniqueUrl(v.AttackId);
            Field(w, "ATT&CK", $"{kb.Release!.Info.DisplayName}: {status}, {url}");
        }
        else if (kb.Release is { } release)
        {
            Field(w, "ATT&CK", $"unknown to {release.Info.DisplayName}");
        }

        if (v.DataSources.Count > 0)
        {
            w.WriteLine("Data components");
            foreach (var (written, dc) in v.DataSources)
                w.WriteLine(dc is null
                    ? $"  {written}  (not a data component of the release)"
                    : $"  {written}  → {dc.Id} {dc.Name}");
        }

        foreach (var note in v.Notes)
        {
            w.WriteLine($"Note  {note.Path}  ({note.Dialect.ToName()})");
            if (note.Sections.Count > 0)
                w.WriteLine($"  Sections    {string.Join(", ", note.Sections.Select(s => s.Name))}");
            if (note.References.Count > 0)
            {
                w.WriteLine("  References");
                for (int i = 0; i < note.References.Count; i++)
                    w.WriteLine($"    [{i + 1}] {note.References[i].SourceName}  {note.References[i].Url}");
            }
            if (note.Citations.Count > 0)
            {
                w.WriteLine("  Citations");
                foreach (var c in note.Citations) w.WriteLine($"    {c.SourceName}  at {c.Location}");
            }
            if (note.Links.Count > 0)
            {
                w.WriteLine("  Links");
                foreach (var l in note.Links) w.WriteLine($"    {l.Target}  \"{l.Text}\"  at {l.Location}");
            }
        }
        if (kb.DetectionGapFor(v.AttackId) is { } gap) w.WriteLine($"Detection gap  {gap}");

        w.WriteLine(v.Detections.Count == 0 ? "Detections  none in the knowledge base" : "Detections");
        foreach (var d in v.Detections)
        {
            string kind = d.Kind == DetectionKind.SigmaRule ? "sigma" : "detection-note";
            string meta = string.Join(", ", new[] { d.Level?.Value, d.Status?.Value }.Where(x => x is not null));
            string metaText = meta.Length > 0 ? $" ({meta})" : "";
            string byText = d.Author is { } a ? $"  by {a.Value}" : "";
            w.WriteLine($"  {kind}  {d.Id?.Value ?? "-"}  {d.Title?.Value}{metaText}{byText}");
            w.WriteLine($"    {d.Path}");
        }
        w.WriteLine(v.Tests.Count == 0 ? "Tests  none in the knowledge base" : "Tests");
        foreach (var t in v.Tests)
        {
            string name = t.DisplayName?.Value ?? t.TechniqueId?.Value ?? "";
            w.WriteLine($"  {name}  ({t.Tests.Count} tests, {t.Dialect.ToName()})  {t.Path}");
            foreach (var test in t.Tests)
                w.WriteLine($"    - {test.Name.Value}{(test.Guid is { } g ? $"  {g.Value}" : "")}");
        }
        if (kb.Release is { } r)
        {
            w.WriteLine(v.Strategies.Count == 0
                ? $"ATT&CK detection strategies  none in {r.Info.DisplayName}"
                : $"ATT&CK detection strategies ({r.Info.DisplayName})");
            foreach (var s in v.Strategies)
            {
                w.WriteLine($"  {s.Id}  {s.Name}");
                foreach (var an in s.Analytics.Select(id => r.Find(id)).OfType<Core.Attack.AttackAnalytic>())
                {
                    var components = an.LogSourceReferences
                        .Select(l => l.DataComponentId).Distinct(StringComparer.Ordinal)
                        .Select(dc => r.Find(dc) is { } obj ? $"{obj.Id} {obj.Name}" : dc);
                    w.WriteLine($"    {an.Id}  {string.Join(", ", an.Platforms)}  ← {string.Join("; ", components)}");
                }
            }
            WriteAttackUsage(w, r, v);
        }
        else if (TeamMapping.Of(v.Notes, null) is { Count: > 0 } notChecked)
        {
            w.WriteLine("Team mappings  (no pinned release: not checked)");
            WriteTeam(w, notChecked);
        }
    }

    /// <summary>
    /// Mitigations, procedure examples and revocations: what attack.mitre.org shows after the description.
    /// </summary>
    private static void WriteAttackUsage(TextWriter w, Core.Attack.AttackRelease r, TechniqueView v)
    {
        w.WriteLine(v.Mitigations.Count == 0
            ? $"Mitigations  none in {r.Info.DisplayName}"
            : $"Mitigations ({r.Info.DisplayName})");
        foreach (var (m, how) in v.Mitigations)
        {
            w.WriteLine($"  {m.Id}  {m.Name}");
            if (how.Description is { } text) w.WriteLine($"    {OneLine(text)}");
        }
        var team = TeamMapping.Of(v.Notes, r);
        WriteTeam(w, team.Where(m => m.Kind == MappingKind.Mitigation));
        w.WriteLine(v.Procedures.Count == 0
            ? "Procedure examples  none"
            : $"Procedure examples ({v.Procedures.Count})");
        foreach (var (user, procedure) in v.Procedures)
        {
            w.WriteLine($"  {user.Id}  {user.Name}  ({Core.Attack.AttackKind.Of(user)})");
            if (procedure.Description is { } text) w.WriteLine($"    {OneLine(text)}");
        }
        WriteTeam(w, team.Where(m => m.Kind != MappingKind.Mitigation));
        if (v.Replaces.Count == 0 && v.ReplacedBy is null) return;
        w.WriteLine("Revoked");
        foreach (var old in v.Replaces) w.WriteLine($"  {old.Id}  {old.Name}  revoked by {v.AttackId}");
        if (v.ReplacedBy is { } by) w.WriteLine($"  {v.AttackId}  revoked by {by.Id}  {by.Name}");
    }

    /// <summary>
    /// The team's own mappings, after ATT&amp;CK's entries of the same section and marked as the team's, with the
    /// release's status when it is not current (the linter says what to do about it).
    /// </summary>
    private static void WriteTeam(TextWriter w, IEnumerable<TeamMapping> mappings)
    {
        foreach (var m in mappings)
        {
            string status = m.Status == "current" ? "" : $", {m.Status}";
            string name = m.Object is { } o ? $"  {o.Name}" : "";
            w.WriteLine($"  {m.Id.Value}{name}  ({m.Kind.Noun}; team{status}: {m.NotePath})");
        }
    }

    /// <summary>MITRE's texts may hold line breaks: keep each entry on one indented line.</summary>
    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static void Field(TextWriter w, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value)) w.WriteLine($"{label,-10}  {value}");
    }
}
