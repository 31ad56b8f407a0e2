using AttackKb.Core.Attack;
using AttackKb.Core.Ids;

namespace AttackKb.Core.Model;

/// <summary>
/// The cross-reference between techniques and what detects or tests them, computed once in linear time:
/// <list type="bullet">
/// <item>detections map to techniques by their <see cref="Detection.TechniqueIds"/> (Sigma <c>attack.t…</c> tags,
///   detection-note technique lists, dialect-B rule tags);</item>
/// <item>a note's <see cref="Note.DetectionRefs"/> (canonical) adds detections by id or path;</item>
/// <item>a dialect-B note's <see cref="Note.Queries"/> adds detections/tests whose tags match (case-insensitive)
///   and whose path is under the queried folder;</item>
/// <item>tests map by their technique;</item>
/// <item>ATT&CK detection strategies come from the release (<c>detects</c> relationships).</item>
/// </list>
/// </summary>
public sealed class TechniqueLinks
{
    private static readonly IReadOnlyList<Detection> NoDetections = [];
    private static readonly IReadOnlyList<TestProcedure> NoTests = [];
    private static readonly IReadOnlyList<Note> NoNotes = [];
    private static readonly IReadOnlyList<string> NoIds = [];

    private readonly Dictionary<string, List<Note>> _notes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Detection>> _detections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TestProcedure>> _tests = new(StringComparer.Ordinal);
    private readonly Dictionary<Detection, List<string>> _techniquesOfDetection = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TestProcedure, List<string>> _techniquesOfTest = new(ReferenceEqualityComparer.Instance);
    private readonly AttackRelease? _release;

    internal TechniqueLinks(KnowledgeBase kb)
    {
        _release = kb.Release;
        foreach (var note in kb.Notes)
            if (note.AttackId is { } id) Add(_notes, id.Value, note);

        var detectionById = new Dictionary<string, Detection>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in kb.Detections)
        {
            if (d.Id is { } did) detectionById.TryAdd(did.Value, d);
            detectionById.TryAdd(d.Path, d);
            foreach (var t in d.TechniqueIds) Link(d, t.Value);
        }
        foreach (var t in kb.Tests)
            if (t.TechniqueId is { } tid) Link(t, tid.Value);

        // Tag index for dialect-B queries: tag (case-insensitive) → detections / tests carrying it.
        var detectionsByTag = new Dictionary<string, List<Detection>>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in kb.Detections)
            foreach (var tag in d.Tags) Add(detectionsByTag, tag.Value.TrimStart('#'), d);
        var testsByTag = new Dictionary<string, List<TestProcedure>>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in kb.Tests)
            foreach (var tag in t.Tags) Add(testsByTag, tag.Value.TrimStart('#'), t);

        foreach (var note in kb.Notes)
        {
            if (note.AttackId is not { } noteId) continue;
            foreach (var r in note.DetectionRefs)
                if (detectionById.TryGetValue(r.Value, out var d)) Link(d, noteId.Value);
            foreach (var q in note.Queries)
            {
                var tags = q.Tags.Where(t => !IsKindTag(t)).ToArray();
                if (tags.Length == 0) continue;
                foreach (var d in Matching(detectionsByTag, tags, q.Folder, x => x.Path)) Link(d, noteId.Value);
                foreach (var t in Matching(testsByTag, tags, q.Folder, x => x.Path)) Link(t, noteId.Value);
            }
        }
        Freeze();
    }

    public IReadOnlyList<Note> NotesFor(string attackId) => _notes.TryGetValue(attackId, out var l) ? l : NoNotes;
    public IReadOnlyList<Detection> DetectionsFor(string attackId) => _detections.TryGetValue(attackId, out var l) ? l : NoDetections;
    public IReadOnlyList<TestProcedure> TestsFor(string attackId) => _tests.TryGetValue(attackId, out var l) ? l : NoTests;
    public IReadOnlyList<string> TechniquesOf(Detection detection) => _techniquesOfDetection.TryGetValue(detection, out var l) ? l : NoIds;
    public IReadOnlyList<string> TechniquesOf(TestProcedure test) => _techniquesOfTest.TryGetValue(test, out var l) ? l : NoIds;

    /// <summary>ATT&CK detection strategies of the pinned release that detect this technique.</summary>
    public IReadOnlyList<AttackDetectionStrategy> StrategiesFor(string attackId) =>
        _release?.Technique(attackId) is { } t
            ? t.DetectionStrategies.Select(id => _release.Find(id)).OfType<AttackDetectionStrategy>().ToArray()
            : [];

    // Links are collected as sets and frozen into ordinal order once, so building stays linear.
    private readonly HashSet<(Detection, string)> _detectionLinks = [];
    private readonly HashSet<(TestProcedure, string)> _testLinks = [];

    private void Link(Detection d, string techniqueId)
    {
        if (!_detectionLinks.Add((d, techniqueId))) return;
        Add(_detections, techniqueId, d);
        Add(_techniquesOfDetection, d, techniqueId);
    }

    private void Link(TestProcedure t, string techniqueId)
    {
        if (!_testLinks.Add((t, techniqueId))) return;
        Add(_tests, techniqueId, t);
        Add(_techniquesOfTest, t, techniqueId);
    }

    private void Freeze()
    {
        foreach (var l in _detections.Values) l.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var l in _tests.Values) l.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var l in _techniquesOfDetection.Values) l.Sort(string.CompareOrdinal);
        foreach (var l in _techniquesOfTest.Values) l.Sort(string.CompareOrdinal);
    }

    /// <summary>Items carrying every tag, under the folder when one is given (any path segment run equal to it).</summary>
    private static IEnumerable<T> Matching<T>(Dictionary<string, List<T>> byTag, string[] tags, string? folder, Func<T, string> path)
    {
        if (!byTag.TryGetValue(tags[0], out var first)) return [];
        return first.Where(x =>
            tags.Skip(1).All(tag => byTag.TryGetValue(tag, out var l) && l.Contains(x)) &&
            (folder is null || IsUnder(path(x), folder)));
    }

    private static bool IsUnder(string path, string folder)
    {
        string f = folder.Trim('/') + "/";
        return path.StartsWith(f, StringComparison.OrdinalIgnoreCase) || path.Contains("/" + f, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Tags that say what a note is, not what it is about (<c>detection_rule</c>, <c>atomic_test</c>).</summary>
    private static bool IsKindTag(string tag) =>
        tag.TrimStart('#') is var t && (t.Equals("detection_rule", StringComparison.OrdinalIgnoreCase) ||
                                        t.Equals("atomic_test", StringComparison.OrdinalIgnoreCase));

    private static void Add<TKey, T>(Dictionary<TKey, List<T>> map, TKey key, T value) where TKey : notnull => Get(map, key).Add(value);

    private static List<T> Get<TKey, T>(Dictionary<TKey, List<T>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }
}
