using AttackKb.Core.Attack;
using AttackKb.Core.Ids;
using AttackKb.Core.Text;

namespace AttackKb.Core.Model;

/// <summary>
/// The cross-reference between techniques and what detects or tests them, built once in linear time, readable both
/// ways (technique → detections/tests, detection/test → techniques). A link comes from either side:
/// <list type="bullet">
/// <item>a detection's own <see cref="Detection.TechniqueIds"/>: Sigma <c>attack.t…</c> tags, detection-note
///   <c>techniques</c>, dialect-B rule tags (<c>t1553_004</c>);</item>
/// <item>a test's technique(s): Atomic <c>attack_technique</c>, a dialect-B runbook's tag (<c>T1553_004</c>);</item>
/// <item>a canonical note's <see cref="Note.DetectionRefs"/>: a detection id (<c>DET-AKB-0001</c>), a Sigma rule id,
///   or a path (relative to the knowledge base or to the note);</item>
/// <item>a dialect-B note's <see cref="Note.Queries"/>: detections and tests carrying the queried tags
///   (case-insensitive), under the queried folder of the same vault (see <see cref="TagQueryIndex{T}"/>);</item>
/// <item>ATT&amp;CK detection strategies come from the release (<see cref="StrategiesFor"/>).</item>
/// </list>
/// Only canonical technique IDs are linked: a malformed one stays in the model for the linter to report.
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
    private readonly Dictionary<Detection, List<string>> _techniquesOfDetection = new(
        ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TestProcedure, List<string>> _techniquesOfTest = new(
        ReferenceEqualityComparer.Instance);
    private readonly HashSet<(Detection, string)> _detectionLinks = [];
    private readonly HashSet<(TestProcedure, string)> _testLinks = [];
    private readonly Dictionary<string, Detection> _detectionById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Detection> _detectionByPath = new(StringComparer.Ordinal);
    private readonly AttackRelease? _release;

    internal TechniqueLinks(KnowledgeBase kb)
    {
        _release = kb.Release;
        foreach (var note in kb.Notes)
            if (note.AttackId is { } id) Add(_notes, id.Value, note);

        // What detections and tests say about themselves.
        foreach (var d in kb.Detections)
        {
            // kb.Detections is in path order: first wins
            if (d.Id is { } did) _detectionById.TryAdd(did.Value.Trim(), d);
            _detectionByPath.TryAdd(d.Path, d);
            foreach (var t in d.TechniqueIds) Link(d, t.Value);
        }
        foreach (var t in kb.Tests)
            foreach (var id in t.AllTechniqueIds) Link(t, id.Value);

        // What technique notes say: explicit references and dialect-B tag queries.
        var folders =
            new FolderSet(kb.Files.Concat(kb.Notes.Select(n => n.Path)).Concat(kb.Detections.Select(d => d.Path))
                .Concat(kb.Tests.Select(t => t.Path)));
        var detectionQueries =
            new TagQueryIndex<Detection>(kb.Detections, d => d.Tags.Select(t => t.Value), d => d.Path, folders);
        var testQueries =
            new TagQueryIndex<TestProcedure>(kb.Tests, t => t.Tags.Select(x => x.Value), t => t.Path, folders);
        foreach (var note in kb.Notes)
        {
            if (note.AttackId is not { } noteId) continue;
            foreach (var r in note.DetectionRefs)
                if (ResolveDetectionRef(note, r.Value) is { } d) Link(d, noteId.Value);
            foreach (var q in note.Queries)
            {
                foreach (var d in detectionQueries.Match(q, note.Path)) Link(d, noteId.Value);
                foreach (var t in testQueries.Match(q, note.Path)) Link(t, noteId.Value);
            }
        }
        Freeze();
    }

    public IReadOnlyList<Note> NotesFor(string attackId) => _notes.TryGetValue(attackId, out var l) ? l : NoNotes;
    public IReadOnlyList<Detection> DetectionsFor(string attackId) =>
        _detections.TryGetValue(attackId, out var l) ? l : NoDetections;
    public IReadOnlyList<TestProcedure> TestsFor(string attackId) =>
        _tests.TryGetValue(attackId, out var l) ? l : NoTests;
    public IReadOnlyList<string> TechniquesOf(Detection detection) =>
        _techniquesOfDetection.TryGetValue(detection, out var l) ? l : NoIds;
    public IReadOnlyList<string> TechniquesOf(TestProcedure test) =>
        _techniquesOfTest.TryGetValue(test, out var l) ? l : NoIds;

    /// <summary>ATT&amp;CK detection strategies of the pinned release that detect this technique.</summary>
    public IReadOnlyList<AttackDetectionStrategy> StrategiesFor(string attackId) =>
        _release?.Technique(attackId) is { } t
            ? t.DetectionStrategies.Select(id => _release.Find(id)).OfType<AttackDetectionStrategy>().ToArray()
            : [];

    /// <summary>
    /// The knowledge-base detection a note's <c>detections:</c> entry names: by id (detection-note id or Sigma rule
    /// id, case-insensitive), else by path relative to the knowledge base, else relative to the note's folder.
    /// Null when it names none (it may still be an ATT&amp;CK DET id of the release).
    /// </summary>
    public Detection? ResolveDetectionRef(Note note, string reference)
    {
        string r = reference.Trim();
        if (_detectionById.TryGetValue(r, out var byId)) return byId;
        string path = r.Replace('\\', '/');
        if (_detectionByPath.TryGetValue(KbPath.Normalize(path), out var byPath)) return byPath;
        int slash = note.Path.LastIndexOf('/');
        return slash > 0
            && _detectionByPath.TryGetValue(KbPath.Normalize(note.Path[..slash] + "/" + path), out var relative)
                ? relative : null;
    }


    private void Link(Detection d, string techniqueId)
    {
        if (!AttackId.IsCanonicalTechnique(techniqueId) || !_detectionLinks.Add((d, techniqueId))) return;
        Add(_detections, techniqueId, d);
        Add(_techniquesOfDetection, d, techniqueId);
    }

    private void Link(TestProcedure t, string techniqueId)
    {
        if (!AttackId.IsCanonicalTechnique(techniqueId) || !_testLinks.Add((t, techniqueId))) return;
        Add(_tests, techniqueId, t);
        Add(_techniquesOfTest, t, techniqueId);
    }

    /// <summary>
    /// Lists are collected unordered and sorted once, so building stays linear and the order never depends on input
    /// order.
    /// </summary>
    private void Freeze()
    {
        foreach (var l in _detections.Values) l.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var l in _tests.Values) l.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var l in _techniquesOfDetection.Values) l.Sort(string.CompareOrdinal);
        foreach (var l in _techniquesOfTest.Values) l.Sort(string.CompareOrdinal);
    }

    private static void Add<TKey, T>(Dictionary<TKey, List<T>> map, TKey key, T value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
