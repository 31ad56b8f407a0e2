using System.IO.Compression;
using System.Text.Json;
using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Import;
using AttackKb.Notes.Loading;
using AttackKb.Stix.Reading;
using Xunit.Abstractions;

namespace AttackKb.Notes.Tests.Import;

/// <summary>
/// Issue 6 acceptance: import the whole Enterprise 18.1 bundle with --all, read the notes back, and compare every
/// modeled property of every attack-pattern with the official object (read here with System.Text.Json, independent
/// of our reader). Prints the percentages; asserts 100% (text compared without outer whitespace, which markdown
/// sections cannot carry — the exact-match figure is printed too).
/// </summary>
public class FullImportAcceptanceTests(ITestOutputHelper output)
{
    [Trait("Category", "Slow")]
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Full_bundle_import_keeps_every_modeled_property()
    {
        var release = AttackReleaseReader.Read(Corpus.EnterpriseBundle, new DiagnosticBag());
        string target = RepoPaths.TempFolder("import-full");
        var result = ReleaseImporter.Run(new ImportRequest { Release = release, TargetFolder = target, Selection = new ImportSelection.All(), KnowledgeBaseRoot = target });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Take(20)));
        var kb = KnowledgeBaseLoader.Load(target, KbConfig.Default, release);
        output.WriteLine($"import: {result.Summary()}; {result.Diagnostics.Count} import diagnostics; KB load diagnostics: {kb.Diagnostics.Count}");
        foreach (var g in kb.Diagnostics.GroupBy(d => d.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {g.Key} × {g.Count()}: {g.First()}");

        var tally = new Tally();
        int objects = 0, live = 0;
        foreach (var o in OfficialAttackPatterns())
        {
            objects++;
            string id = o.GetProperty("external_references")[0].GetProperty("external_id").GetString()!;
            bool revoked = o.TryGetProperty("revoked", out var r) && r.GetBoolean();
            bool deprecated = o.TryGetProperty("x_mitre_deprecated", out var d) && d.GetBoolean();
            var notes = kb.NotesFor(id);
            if (revoked || deprecated)
            {
                // Not written by design; a live object with the same ID would have its own note.
                tally.Check("not written when revoked/deprecated", release.Technique(id) is { Revoked: false, Deprecated: false } || notes.Count == 0, true);
                continue;
            }
            live++;
            var note = notes.Count == 1 ? notes[0] : null;
            tally.Check("note exists", note is not null, true);
            if (note is null) continue;
            tally.Check("id", note.StixId?.Value, o.GetProperty("id").GetString());
            tally.Check("name", note.Name?.Value, o.GetProperty("name").GetString());
            // MITRE's HTML in text is markdown by design (issue 13): compare with its markdown meaning.
            tally.Text("description", note.Description, Markdown(Str(o, "description")));
            tally.Text("x_mitre_detection", note.DetectionText ?? "", Markdown(Str(o, "x_mitre_detection")) ?? "");
            tally.Check("kill_chain_phases", Join(note.Tactics.Select(t => t.Value)), Join(o.GetProperty("kill_chain_phases").EnumerateArray().Select(p => p.GetProperty("phase_name").GetString()!)));
            tally.Check("x_mitre_platforms", Join(note.Platforms.Select(t => t.Value)), Join(Strs(o, "x_mitre_platforms")));
            tally.Check("x_mitre_domains", Join(note.Domains.Select(t => t.Value)), Join(Strs(o, "x_mitre_domains")));
            tally.Check("x_mitre_contributors", Join(note.Contributors.Select(t => t.Value)), Join(Strs(o, "x_mitre_contributors")));
            tally.Check("x_mitre_data_sources", Join(note.DataSources.Select(t => t.Value)), Join(Strs(o, "x_mitre_data_sources")));
            tally.Check("x_mitre_permissions_required", Join(note.PermissionsRequired.Select(t => t.Value)), Join(Strs(o, "x_mitre_permissions_required")));
            tally.Check("x_mitre_system_requirements", Join(note.SystemRequirements.Select(t => t.Value)), Join(Strs(o, "x_mitre_system_requirements")));
            tally.Check("x_mitre_defense_bypassed", Join(note.DefensesBypassed.Select(t => t.Value)), Join(Strs(o, "x_mitre_defense_bypassed")));
            tally.Check("created", note.Created?.Value, Str(o, "created"));
            tally.Check("modified", note.Modified?.Value, Str(o, "modified"));
            tally.Check("x_mitre_version", note.Version?.Value, Str(o, "x_mitre_version"));
            tally.Check("x_mitre_is_subtechnique", note.AttackId?.Value.Contains('.', StringComparison.Ordinal), o.GetProperty("x_mitre_is_subtechnique").GetBoolean());
            var refs = o.GetProperty("external_references").EnumerateArray().ToArray();
            tally.Check("external_references count", note.References.Count, refs.Length);
            for (int i = 0; i < Math.Min(refs.Length, note.References.Count); i++)
            {
                var nr = note.References[i];
                tally.Check("external_references.source_name", nr.SourceName, Str(refs[i], "source_name"));
                tally.Check("external_references.url", nr.Url, Str(refs[i], "url"));
                tally.Text("external_references.description", nr.Description ?? "", Str(refs[i], "description") ?? "");
                tally.Check("external_references.external_id", nr.ExternalId, Str(refs[i], "external_id"));
            }
        }
        output.WriteLine($"attack-patterns: {objects} ({live} live, {objects - live} revoked/deprecated, not written by design)");
        foreach (string line in tally.Report()) output.WriteLine(line);
        output.WriteLine($"modeled properties matching: {tally.Percent:F2}% ({tally.Matched}/{tally.Total}); exact (whitespace included): {tally.ExactPercent:F2}%");
        Assert.Equal(835, objects);
        Assert.Equal(tally.Total, tally.Matched);
    }

    private static IEnumerable<JsonElement> OfficialAttackPatterns()
    {
        using var gz = new GZipStream(File.OpenRead(Corpus.EnterpriseBundle), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gz);
        foreach (var o in doc.RootElement.GetProperty("objects").EnumerateArray())
            if (o.GetProperty("type").GetString() == "attack-pattern") yield return o.Clone();
    }

    private static string? Markdown(string? text) => text is null ? null : ReleaseMarkup.ToMarkdown(text, _ => { });

    private static string? Str(JsonElement o, string name) => o.TryGetProperty(name, out var v) ? v.GetString() : null;
    private static IEnumerable<string> Strs(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.EnumerateArray().Select(x => x.GetString()!) : [];
    private static string Join(IEnumerable<string> values) => string.Join("\u001F", values);

    private sealed class Tally
    {
        private readonly SortedDictionary<string, (int Total, int Matched, int Exact, string? Example)> _by = new(StringComparer.Ordinal);
        public int Total => _by.Values.Sum(v => v.Total);
        public int Matched => _by.Values.Sum(v => v.Matched);
        public double Percent => Total == 0 ? 0 : 100.0 * Matched / Total;
        public double ExactPercent => Total == 0 ? 0 : 100.0 * _by.Values.Sum(v => v.Exact) / Total;

        public void Check<T>(string property, T actual, T expected) => Add(property, Equals(actual, expected), Equals(actual, expected), $"{actual} ≠ {expected}");

        public void Text(string property, string? actual, string? expected)
        {
            bool exact = actual == expected;
            Add(property, exact || actual?.Trim() == expected?.Trim(), exact, $"{Short(actual)} ≠ {Short(expected)}");
        }

        private void Add(string property, bool matched, bool exact, string example)
        {
            var (t, m, e, ex) = _by.GetValueOrDefault(property);
            _by[property] = (t + 1, m + (matched ? 1 : 0), e + (exact ? 1 : 0), ex ?? (matched ? null : example));
        }

        public IEnumerable<string> Report() => _by.Select(p =>
            $"  {p.Key}: {p.Value.Matched}/{p.Value.Total} (exact {p.Value.Exact}){(p.Value.Example is { } ex ? "  e.g. " + ex : "")}");

        private static string Short(string? s) => s is null ? "<null>" : s.Length > 60 ? s[..60] + "…" : s;
    }
}
