using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Core.Model;

/// <summary>
/// Everything loaded from one knowledge-base folder plus the ATT&amp;CK release it is checked against.
/// Lists are in ordinal path order, so every consumer sees the same order whatever the file system returned.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Lazy<TechniqueLinks> _links;

    public KnowledgeBase(
        string root,
        IEnumerable<Note> notes,
        IEnumerable<Detection> detections,
        IEnumerable<TestProcedure> tests,
        IEnumerable<string> files,
        IEnumerable<Diagnostic> diagnostics,
        AttackRelease? release,
        IReadOnlyDictionary<string, string>? detectionGaps = null,
        IEnumerable<string>? leftOut = null,
        IEnumerable<string>? ignored = null)
    {
        DetectionGaps = detectionGaps ?? new Dictionary<string, string>(StringComparer.Ordinal);
        Root = root;
        Notes = notes.OrderBy(n => n.Path, StringComparer.Ordinal).ToArray();
        Detections = detections.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
        Tests = tests.OrderBy(t => t.Path, StringComparer.Ordinal).ToArray();
        Files = files.Order(StringComparer.Ordinal).ToArray();
        Diagnostics = diagnostics.Order().ToArray();
        LeftOut = (leftOut ?? []).Order(StringComparer.Ordinal).ToArray();
        Ignored = (ignored ?? []).Order(StringComparer.Ordinal).ToArray();
        Release = release;
        _links = new Lazy<TechniqueLinks>(() => new TechniqueLinks(this));
    }

    /// <summary>Absolute path of the knowledge-base folder; model paths are relative to it.</summary>
    public string Root { get; }
    public IReadOnlyList<Note> Notes { get; }
    public IReadOnlyList<Detection> Detections { get; }
    public IReadOnlyList<TestProcedure> Tests { get; }
    /// <summary>Every file the loader considered (relative paths), including ones it could not read.</summary>
    public IReadOnlyList<string> Files { get; }
    /// <summary>
    /// Files that should have been content but yielded nothing (unreadable, malformed, over a limit): each has an
    /// error among <see cref="Diagnostics"/>. Commands name them and exit 1: a file never vanishes silently.
    /// </summary>
    public IReadOnlyList<string> LeftOut { get; }
    /// <summary>
    /// Files that are not content by design (a YAML file that is neither a Sigma rule nor an Atomic test).
    /// </summary>
    public IReadOnlyList<string> Ignored { get; }
    /// <summary>Problems found while reading files (AKB1xxx, AKB2xxx, AKB6xxx…), sorted.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    public AttackRelease? Release { get; }
    /// <summary>
    /// Documented gaps from the config (<c>detectionGaps</c>), for notes that cannot say it themselves.
    /// </summary>
    public IReadOnlyDictionary<string, string> DetectionGaps { get; }

    /// <summary>
    /// Why the team has no detection for a technique: the note's <c>detection_gap</c>, else the config's; null if none
    /// is documented.
    /// </summary>
    public string? DetectionGapFor(string attackId) =>
        NotesFor(attackId).Select(n => n.DetectionGap?.Value).FirstOrDefault(g => g is not null)
            ?? DetectionGaps.GetValueOrDefault(attackId);

    /// <summary>Technique ⇄ detection ⇄ test cross-links, built once on first use.</summary>
    public TechniqueLinks Links => _links.Value;

    /// <summary>Technique notes with this ATT&amp;CK ID (more than one is a duplicate the linter reports).</summary>
    public IReadOnlyList<Note> NotesFor(string attackId) => Links.NotesFor(attackId);

    /// <summary>
    /// Whether <paramref name="other"/> lists the same file paths, in the same order, against the same release
    /// object: what `serve` asks before reusing anything of the state before an edit.
    /// </summary>
    public bool SameFilesAndRelease(KnowledgeBase other) =>
        ReferenceEquals(Release, other.Release) && Files.SequenceEqual(other.Files, StringComparer.Ordinal);

    /// <summary>The same files checked against another release (the lists, already in order, are shared).</summary>
    public KnowledgeBase WithRelease(AttackRelease? release) => new(this, release);

    private KnowledgeBase(KnowledgeBase kb, AttackRelease? release)
    {
        (Root, Notes, Detections, Tests, Files) = (kb.Root, kb.Notes, kb.Detections, kb.Tests, kb.Files);
        (Diagnostics, LeftOut, Ignored, DetectionGaps) = (kb.Diagnostics, kb.LeftOut, kb.Ignored, kb.DetectionGaps);
        Release = release;
        _links = new Lazy<TechniqueLinks>(() => new TechniqueLinks(this));
    }
}
