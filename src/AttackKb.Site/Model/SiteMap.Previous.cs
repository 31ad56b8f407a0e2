using AttackKb.Core.Model;

namespace AttackKb.Site.Model;

/// <summary>
/// What a site map takes from the map of the KB before an edit (`serve`), so that a rebuild redoes only what the edit
/// affects. Each piece taken is the one the map would make anew from the same inputs: a technique's entry when its
/// notes, detections and tests are the same objects; detection, test and tactic entries; the release's detection
/// strategies and what reads each data component when those inputs are unchanged. Nothing is taken unless the
/// options, the release, the config's detection gaps and the file list are the same. The equality of the result with
/// a map made anew is tested over random edit sequences (IncrementalEqualsFullTests).
/// </summary>
public sealed partial class SiteMap
{
    /// <summary>The previous map when anything may be taken from it, else null.</summary>
    private static SiteMap? Reusable(SiteMap? previous, KnowledgeBase kb, SiteOptions options)
    {
        if (previous is null || !ReferenceEquals(previous.Options, options)
            || !ReferenceEquals(previous.Kb.DetectionGaps, kb.DetectionGaps))
            return null;
        return kb.SameFilesAndRelease(previous.Kb) ? previous : null;
    }

    /// <summary>Whether every KB file that has a page here has the same page in <paramref name="other"/>, and no
    /// other (so a relative link between KB files resolves the same in both).</summary>
    internal bool SamePagesOfKbPaths(SiteMap other) =>
        _pageOfKbPath.Count == other._pageOfKbPath.Count
            && _pageOfKbPath.All(p => other._pageOfKbPath.GetValueOrDefault(p.Key) == p.Value);

    /// <summary>The same techniques have pages (so parents, sub-techniques and strategies are the same).</summary>
    private static bool SameTechniques(SiteMap before, SortedSet<string> ids) =>
        before.Techniques.Count == ids.Count
            && before.Techniques.Select(t => t.Id).SequenceEqual(ids, StringComparer.Ordinal);

    /// <summary>This map's entry of <paramref name="id"/> when <paramref name="kb"/> gives it the same notes,
    /// detections and tests (the view and the coverage follow from them and the release).</summary>
    private TechniqueEntry? KeptTechnique(string id, KnowledgeBase kb) =>
        _techniques.GetValueOrDefault(id) is { } entry
            && Same(entry.View.Notes, kb.NotesFor(id))
            && Same(entry.View.Detections, kb.Links.DetectionsFor(id))
            && Same(entry.View.Tests, kb.Links.TestsFor(id))
                ? entry
                : null;

    /// <summary>
    /// Whether what reads each data component is unchanged: the same detection entries mapped to the same
    /// techniques and, technique by technique, the same data sources (strategies are the same whenever the
    /// techniques are).
    /// </summary>
    private bool SameDataComponents(SiteMap before) =>
        Same(Detections, before.Detections)
            // A note's detections: entries link a detection to its technique too.
            && Detections.All(d => Kb.Links.TechniquesOf(d.Detection)
                .SequenceEqual(before.Kb.Links.TechniquesOf(d.Detection), StringComparer.Ordinal))
            && Techniques.All(t => before._techniques.GetValueOrDefault(t.Id) is { } old
                && (ReferenceEquals(old, t) || old.View.DataSources.SequenceEqual(t.View.DataSources)));

    /// <summary>
    /// Whether this map has the pages <paramref name="before"/> has, in the same order and showing the same files, so
    /// that the page list made for that map serves this one (SitePlan): the same options and objects; techniques
    /// with the same notes' paths, platforms (the matrix's platform pages) and procedure pages; detections and tests
    /// at the same pages showing the same files; the same strategies, data components and tactics.
    /// </summary>
    internal bool SamePages(SiteMap before)
    {
        if (!ReferenceEquals(Options, before.Options) || !ReferenceEquals(_objects, before._objects)
            || Techniques.Count != before.Techniques.Count)
            return false;
        for (int i = 0; i < Techniques.Count; i++)
        {
            var (now, was) = (Techniques[i], before.Techniques[i]);
            if (ReferenceEquals(now, was)) continue;
            if (now.Url != was.Url || now.Note?.Path != was.Note?.Path
                || now.ProcedurePages.Count != was.ProcedurePages.Count
                || !now.View.Platforms.SequenceEqual(was.View.Platforms, StringComparer.Ordinal))
                return false;
        }
        return SameKeys(Detections, before.Detections, d => d.Url + "\n" + d.Detection.Path)
            && SameKeys(Tests, before.Tests, t => t.Url + "\n" + t.Test.Path)
            && SameKeys(Strategies, before.Strategies, s => s.Url)
            && SameKeys(DataComponents, before.DataComponents, c => c.Url)
            && SameKeys(Tactics, before.Tactics, t => t.Url);
    }

    private static bool SameKeys<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, string> key) =>
        a.Count == b.Count && a.Select(key).SequenceEqual(b.Select(key), StringComparer.Ordinal);

    /// <summary>The same objects in the same order.</summary>
    private static bool Same<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : class =>
        a.SequenceEqual(b, ReferenceEqualityComparer.Instance);
}
