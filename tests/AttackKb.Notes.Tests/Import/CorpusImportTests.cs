using AttackKb.Core.Attack;
using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Import;
using AttackKb.Notes.Loading;
using AttackKb.Stix.Reading;

namespace AttackKb.Notes.Tests.Import;

/// <summary>Import of the real certificate subset: notes read back by the canonical binder, idempotency, seeds as duplicates.</summary>
public class CorpusImportTests
{
    private static AttackRelease Subset() => AttackReleaseReader.Read(Corpus.CertificatesSubset, new DiagnosticBag());

    private static ImportResult Import(AttackRelease release, string target, ImportSelection selection, string? kb = null) =>
        ReleaseImporter.Run(new ImportRequest
        {
            Release = release, TargetFolder = target, Selection = selection, WithDetections = true, KnowledgeBaseRoot = kb ?? target,
        });

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Subset_notes_read_back_with_the_official_facts()
    {
        var release = Subset();
        string target = RepoPaths.TempFolder("import-subset");
        var result = Import(release, target, new ImportSelection.All());
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));

        var kb = KnowledgeBaseLoader.Load(target, KbConfig.Default, release);
        var live = release.Techniques.Where(t => !t.Revoked && !t.Deprecated).ToArray();
        Assert.NotEmpty(live);
        foreach (var t in live)
        {
            var note = Assert.Single(kb.NotesFor(t.Id));
            Assert.Equal(SourceDialect.Canonical, note.Dialect);
            Assert.Equal(t.StixId, note.StixId?.Value);
            Assert.Equal(t.Name, note.Name?.Value);
            Assert.Equal(t.Tactics, note.Tactics.Select(x => x.Value));
            Assert.Equal(t.Platforms, note.Platforms.Select(x => x.Value));
            Assert.Equal(t.Domains, note.Domains.Select(x => x.Value));
            Assert.Equal(t.Contributors, note.Contributors.Select(x => x.Value));
            Assert.Equal((t.Created, t.Modified, t.Version), (note.Created?.Value, note.Modified?.Value, note.Version?.Value));
            Assert.Equal(t.Description?.Trim(), note.Description?.Trim());
            Assert.Equal(t.References.Select(r => (r.SourceName, r.Url, r.Description?.Trim(), r.ExternalId)),
                note.References.Select(r => (r.SourceName, r.Url, r.Description, r.ExternalId)));
            foreach (var c in note.Citations)
                Assert.Contains(note.References, r => r.SourceName == c.SourceName);
        }
        foreach (var t in release.Techniques.Where(t => release.Technique(t.Id) is { } x && (x.Revoked || x.Deprecated)))
            Assert.Empty(kb.NotesFor(t.Id));

        var strategies = kb.Detections.Where(d => d.Kind == DetectionKind.DetectionNote).ToArray();
        Assert.NotEmpty(strategies);
        foreach (var d in strategies)
        {
            var s = Assert.IsType<AttackDetectionStrategy>(release.Find(d.Id!.Value.Value));
            Assert.Equal(s.Name, d.Title?.Value);
            Assert.Equal(s.Analytics.Where(a => release.Find(a) is AttackAnalytic { Revoked: false, Deprecated: false }),
                d.Analytics.Select(a => a.Id?.Value));
        }
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Importing_the_subset_twice_changes_no_byte()
    {
        var release = Subset();
        string target = RepoPaths.TempFolder("import-subset");
        var first = Import(release, target, new ImportSelection.All());
        var before = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        var second = Import(release, target, new ImportSelection.All());

        Assert.Equal(first.Count(ImportAction.Created), second.Count(ImportAction.Unchanged));
        Assert.Equal(0, second.Count(ImportAction.Created) + second.Count(ImportAction.Updated));
        foreach (var (file, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(file));
        Assert.Equal(before.Count, Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Count());
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Seeds_techniques_are_reported_as_duplicates_not_written_twice()
    {
        string root = RepoPaths.TempFolder("import-seeds");
        RepoPaths.CopyFolder(RepoPaths.Data, Path.Combine(root, "data"));
        string notes = Path.Combine(root, "data", "notes");
        var before = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

        var result = Import(Subset(), notes, new ImportSelection.Only(["T1588.004", "T1587.003", "T1596.003", "T1553.004"]), kb: Path.Combine(root, "data"));

        var duplicates = result.Files.Where(f => f.Action == ImportAction.SkippedDuplicate).Select(f => f.AttackId).ToArray();
        Assert.Equal(["T1587.003", "T1588.004", "T1596.003"], duplicates);
        Assert.Contains(result.Diagnostics, d => d.Id == ImportDiagnostics.DuplicateNote.Id && d.Message.Contains("vault/Use Cases/T1587.003", StringComparison.Ordinal));
        var after = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        // Only the technique the KB does not have as a seed was written (unless the team already wrote it).
        Assert.All(after.Except(before), f => Assert.EndsWith(".md", f, StringComparison.Ordinal));
        Assert.DoesNotContain(after.Except(before), f => f.Contains("T1588.004", StringComparison.Ordinal) || f.Contains("T1587.003", StringComparison.Ordinal) || f.Contains("T1596.003", StringComparison.Ordinal));
    }
}
