using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Core.Diff;

public enum DiffSideKind { Release, KnowledgeBase }

/// <summary>
/// One side of <c>attackkb diff</c>, reduced to the objects a changelog compares: every object of an ATT&amp;CK release
/// (bundle or catalog), or a knowledge base's technique notes, detection notes (as detection strategies with their
/// analytics) and Sigma rules. Objects are keyed by STIX id (see <see cref="DiffObject.Key"/>), never by name.
/// </summary>
public sealed class DiffSide
{
    private DiffSide(DiffSideKind kind, string name, string source, AttackRelease? release,
        IEnumerable<DiffObject> objects, IReadOnlyList<Diagnostic> diagnostics)
    {
        Kind = kind;
        Name = name;
        Source = source;
        Release = release;
        var byKey = new Dictionary<string, DiffObject>(StringComparer.Ordinal);
        foreach (var o in objects) byKey.TryAdd(o.Key, o);
        Objects = byKey;
        Diagnostics = diagnostics;
    }

    public DiffSideKind Kind { get; }
    /// <summary>"ATT&amp;CK Enterprise 18.1" or "knowledge base".</summary>
    public string Name { get; }
    /// <summary>
    /// The file or folder name the side came from (no directories, so reports do not depend on where it lives).
    /// </summary>
    public string Source { get; }
    public AttackRelease? Release { get; }
    public IReadOnlyDictionary<string, DiffObject> Objects { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static DiffSide FromRelease(AttackRelease release, string source)
    {
        var relationships = RelationshipLabels(release);
        IEnumerable<AttackObject> all = release.Techniques.Cast<AttackObject>().Concat(release.Software)
            .Concat(release.Groups).Concat(release.Campaigns).Concat(release.Mitigations).Concat(release.Assets)
            .Concat(release.DataSources).Concat(release.DataComponents).Concat(release.DetectionStrategies)
            .Concat(release.Analytics).Concat(release.Tactics);
        var objects = all.Select(o => new DiffObject(DiffKinds.Of(o), o.StixId, o.Id, o.Name)
        {
            StixId = o.StixId, Version = o.Version, Modified = o.Modified, Revoked = o.Revoked, Deprecated =
                o.Deprecated,
            RevokedBy = o.RevokedBy, Description = o.Description, Url = o.Url,
            Tactics = o is AttackTechnique technique ? technique.Tactics : [],
            Platforms = o switch
            {
                AttackTechnique t => t.Platforms, AttackSoftware s => s.Platforms, AttackAsset a => a.Platforms,
                AttackDataSource d => d.Platforms, AttackAnalytic a => a.Platforms, _ => [],
            },
            Relationships = relationships.TryGetValue(o.StixId, out var labels) ? Sorted(labels) : [],
        });
        return new DiffSide(DiffSideKind.Release, release.Info.DisplayName, source, release, objects, []);
    }

    /// <summary>
    /// A knowledge base's notes and detections. Tactics are turned into short names with <paramref name="vocabulary"/>
    /// (the KB's pinned release, or the other side's) so a dialect-B "Defense Evasion" equals "defense-evasion".
    /// </summary>
    public static DiffSide FromKnowledgeBase(KnowledgeBase kb, string source, AttackRelease? vocabulary)
    {
        var bag = new DiagnosticBag();
        var release = kb.Release ?? vocabulary;
        var objects = new List<DiffObject>();
        foreach (var group in kb.Notes.Where(n => n.AttackId is not null)
            .GroupBy(n => n.AttackId!.Value.Value, StringComparer.Ordinal))
        {
            var notes = group.ToArray();
            if (notes.Length > 1)
                bag.Report(ImportDiagnostics.DiffDuplicateNote, SourceLocation.File(notes[1].Path), group.Key,
                    string.Join(", ", notes.Select(n => n.Path)));
            var n = notes[0];
            string? stixId = n.StixId?.Value.Trim() is { Length: > 0 } s ? s : null;
            objects.Add(new DiffObject("techniques", stixId ?? group.Key, group.Key,
                n.Name?.Value ?? release?.Technique(group.Key)?.Name ?? group.Key)
            {
                StixId = stixId, Version = n.Version?.Value.Trim(), Modified = n.Modified?.Value.Trim(),
                Revoked = IsTrue(n.Revoked), Deprecated = IsTrue(n.Deprecated), Description = n.Description,
                Tactics = n.Tactics.Select(t => release?.Tactic(t.Value)?.ShortName ?? t.Value.Trim()).ToArray(),
                Platforms = n.Platforms.Select(p => p.Value.Trim()).ToArray(),
                Url = Ids.AttackId.IsCanonicalTechnique(group.Key) ? Ids.AttackId.TechniqueUrl(group.Key) : null,
                Path = n.Path,
                OfficialText = n.Dialect == SourceDialect.DialectA || n.ImportedFrom is not null,
            });
        }
        foreach (var d in kb.Detections.Where(d => d.Id is not null))
        {
            string id = d.Id!.Value.Value;
            string? modified = d.Modified?.Value ?? d.Date?.Value;
            if (d.Kind != DetectionKind.DetectionNote)
            {
                objects.Add(new DiffObject("detections", id, id, d.Title?.Value ?? id)
                {
                    Modified = modified, Description = d.Description?.Value, Path = d.Path,
                    Relationships = Sorted(d.TechniqueIds.Select(t => $"{id} detects {t.Value}")),
                });
                continue;
            }
            var analytics = d.Analytics.Where(a => a.Id is not null).ToArray();
            objects.Add(new DiffObject("detectionStrategies", id, id, d.Title?.Value ?? id)
            {
                Modified = modified, Description = d.Description?.Value, Path = d.Path,
                Relationships = Sorted(d.TechniqueIds.Select(t => $"{id} detects {t.Value}")
                    .Concat(analytics.Select(a => $"{id} has analytic {a.Id!.Value.Value}"))),
            });
            foreach (var a in analytics)
                objects.Add(new DiffObject("analytics", a.Id!.Value.Value, a.Id.Value.Value, a.Id.Value.Value)
                {
                    Modified = modified, Description = a.Description, Platforms = [a.Platform.Value], Path = d.Path,
                    Relationships = Sorted(a.DataComponents.Select(c => $"{a.Id.Value.Value} reads {c.Value}")),
                });
        }
        return new DiffSide(DiffSideKind.KnowledgeBase, "knowledge base", source, release, objects, bag.Items);
    }

    /// <summary>
    /// Every relationship of the release as "SOURCE type TARGET" (ATT&amp;CK IDs), under both ends' STIX ids.
    /// </summary>
    private static Dictionary<string, List<string>> RelationshipLabels(AttackRelease release)
    {
        var labels = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string stixId, string label)
        {
            if (!labels.TryGetValue(stixId, out var list)) labels[stixId] = list = [];
            list.Add(label);
        }
        foreach (var r in release.Relationships)
        {
            if (release.FindByStixId(r.SourceStixId) is not { } from
                || release.FindByStixId(r.TargetStixId) is not { } to) continue;
            string label = $"{from.Id} {r.Type} {to.Id}";
            Add(from.StixId, label);
            Add(to.StixId, label);
        }
        foreach (var s in release.DetectionStrategies)
        {
            foreach (string t in s.Techniques)
            {
                Add(s.StixId, $"{s.Id} detects {t}");
                if (release.Technique(t) is { } technique) Add(technique.StixId, $"{s.Id} detects {t}");
            }
            foreach (string an in s.Analytics) Add(s.StixId, $"{s.Id} has analytic {an}");
        }
        foreach (var a in release.Analytics)
            foreach (string dc in a.LogSourceReferences.Select(l => l.DataComponentId).Where(x => x.Length > 0))
                Add(a.StixId, $"{a.Id} reads {dc}");
        return labels;
    }

    private static IReadOnlyList<string> Sorted(IEnumerable<string> labels) =>
        labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static bool IsTrue(Located<string>? value) =>
        value is { } v && string.Equals(v.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
