using AttackKb.Core.Attack;

namespace AttackKb.Site.Model;

/// <summary>
/// The objects the techniques with pages reach (<see cref="ObjectCollector"/>), read-only once made. They follow from
/// the release and which of its techniques have pages, nothing else: `serve` hands the previous site map's collection
/// to the next one when an edit changed neither (most edits: a description, a detection), instead of walking the
/// release's relationships again, the larger part of a rebuild.
/// </summary>
internal sealed class ObjectCollection(
    AttackRelease? release,
    (string Id, AttackTechnique Official)[] key,
    Dictionary<string, ObjectEntry> byStixId,
    IReadOnlyDictionary<ObjectKind, IReadOnlyList<ObjectEntry>> byKind,
    Dictionary<string, TechniqueObjects> ofTechnique)
{
    public IReadOnlyDictionary<string, ObjectEntry> ByStixId { get; } = byStixId;
    public IReadOnlyDictionary<ObjectKind, IReadOnlyList<ObjectEntry>> ByKind { get; } = byKind;

    /// <summary>What the release joins to a technique with a page (none for a technique it does not know).</summary>
    public TechniqueObjects Of(string techniqueId) =>
        ofTechnique.GetValueOrDefault(techniqueId) ?? TechniqueObjects.None;

    /// <summary>Whether this collection is the one <see cref="ObjectCollector.Collect"/> would make for
    /// these.</summary>
    public bool Fits(AttackRelease? other, IReadOnlyList<TechniqueEntry> techniques)
    {
        if (!ReferenceEquals(release, other)) return false;
        var now = KeyOf(techniques);
        if (now.Length != key.Length) return false;
        for (int i = 0; i < now.Length; i++)
            if (now[i].Id != key[i].Id || !ReferenceEquals(now[i].Official, key[i].Official)) return false;
        return true;
    }

    /// <summary>The techniques with pages that the release knows, in page order: all the collection reads of
    /// them.</summary>
    public static (string Id, AttackTechnique Official)[] KeyOf(IReadOnlyList<TechniqueEntry> techniques) =>
        techniques.Where(t => t.Official is not null).Select(t => (t.Id, t.Official!)).ToArray();
}

/// <summary>What the release joins to one technique with a page.</summary>
internal sealed class TechniqueObjects
{
    public static readonly TechniqueObjects None = new();

    public List<ObjectLink> Procedures { get; } = [];
    public int ProceduresWithText { get; set; }
    public IReadOnlyList<IReadOnlyList<ObjectLink>> ProcedurePages { get; set; } = [];
    public List<ObjectLink> Mitigations { get; } = [];
    public List<ObjectLink> Assets { get; } = [];
}
