using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Site.Output;

namespace AttackKb.Site.Model;

/// <summary>
/// Every page the site will have and every cross-link between them, computed once from the model before any page is
/// rendered (linear in the size of the KB; pages only look things up here). Which techniques get a page: every
/// technique with a note, every hub technique, every technique a detection or test maps to, and their parents.
/// Everything else links to attack.mitre.org.
/// </summary>
public sealed partial class SiteMap
{
    private readonly Dictionary<string, TechniqueEntry> _techniques = new(StringComparer.Ordinal);
    private readonly Dictionary<Detection, DetectionEntry> _detections = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TestProcedure, TestEntry> _tests = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, StrategyEntry> _strategies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataComponentEntry> _components = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TacticEntry> _tactics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pageOfKbPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DetectionEntry> _detectionById = new(StringComparer.OrdinalIgnoreCase);

    private readonly ObjectCollection _objects;

    public KnowledgeBase Kb { get; }
    public AttackRelease? Release => Kb.Release;
    public SiteOptions Options { get; }

    /// <summary>Techniques with a page, ordered by ID.</summary>
    public IReadOnlyList<TechniqueEntry> Techniques { get; }
    public IReadOnlyList<DetectionEntry> Detections { get; }
    public IReadOnlyList<TestEntry> Tests { get; }
    public IReadOnlyList<StrategyEntry> Strategies { get; }
    public IReadOnlyList<DataComponentEntry> DataComponents { get; }
    /// <summary>Tactics of the techniques with pages, in kill-chain order.</summary>
    public IReadOnlyList<TacticEntry> Tactics { get; }
    /// <summary>
    /// Mitigations, groups, software, campaigns and assets the techniques with pages reach, by kind, in ID order.
    /// </summary>
    public IReadOnlyDictionary<ObjectKind, IReadOnlyList<ObjectEntry>> Objects { get; }
    /// <summary>The hub's techniques in configured order (invalid entries reported and left out).</summary>
    public IReadOnlyList<TechniqueEntry> Hub { get; }
    /// <summary>Markdown texts rendered once for all the pages that show them.</summary>
    public Pages.RenderedTexts Texts { get; }

    /// <param name="previous">The site map of the KB before an edit (`serve`): what the edit left unchanged is taken
    /// from it (see <see cref="Reusable"/>); the new map keeps no reference to it.</param>
    public SiteMap(KnowledgeBase kb, SiteOptions options, DiagnosticBag bag, SiteMap? previous = null)
    {
        Kb = kb;
        Options = options;
        Texts = new Pages.RenderedTexts(this);
        var before = Reusable(previous, kb, options);

        var hubIds = new List<string>();
        foreach (string raw in options.Hub)
        {
            if (AttackId.NormalizeTechnique(raw) is { } id) { if (!hubIds.Contains(id)) hubIds.Add(id); }
            else bag.Report(SiteDiagnostics.HubEntryInvalid, ConfigLocation(kb, options), raw);
        }
        // The built-in hub (no "site.hub" in the config) follows only the certificate techniques this KB or its release
        // knows: a KB about something else gets no empty cards and no warnings about a list it never wrote.
        if (ReferenceEquals(options.Hub, SiteOptions.DefaultHub))
            hubIds.RemoveAll(id => kb.NotesFor(id).Count == 0 && Release?.Technique(id) is null);

        // Detections and tests first: their techniques get pages too.
        Detections = NameDetections(kb, before);
        Tests = NameTests(kb, before);

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var n in kb.Notes) if (n.AttackId is { } a && AttackId.IsCanonicalTechnique(a.Value)) ids.Add(a.Value);
        foreach (string id in hubIds) ids.Add(id);
        foreach (var d in Detections) foreach (string t in kb.Links.TechniquesOf(d.Detection)) ids.Add(t);
        foreach (var t in Tests) foreach (string id in kb.Links.TechniquesOf(t.Test)) ids.Add(id);
        foreach (string id in ids.ToArray())
            if (AttackId.ParentOf(id) is { } parent
                && (kb.NotesFor(parent).Count > 0 || Release?.Technique(parent) is not null))
                ids.Add(parent);

        var kept = before is not null && SameTechniques(before, ids) ? before : null;
        var subtechniques = new Lazy<Dictionary<string, List<string>>>(() => SubtechniquesByParent(ids));
        foreach (string id in ids)
        {
            if (kept?.KeptTechnique(id, kb) is { } same)
            {
                foreach (var tactic in same.Tactics) _tactics.TryAdd(tactic.ShortName, tactic);
                _techniques[id] = same;
                foreach (var note in same.View.Notes) _pageOfKbPath.TryAdd(note.Path, same.Url);
                continue;
            }
            var view = TechniqueView.Of(kb, id) ?? new TechniqueView
            {
                AttackId = id,
                Detections = kb.Links.DetectionsFor(id),
                Tests = kb.Links.TestsFor(id),
                Strategies = kb.Links.StrategiesFor(id),
            };
            _techniques[id] = new TechniqueEntry(id, SitePaths.Technique(id), view, CoverageOf(view))
            {
                Tactics = view.Tactics.Select(t => Tactic(t, before)).DistinctBy(t => t.ShortName).ToArray(),
                ParentId = AttackId.ParentOf(id),
                Subtechniques = subtechniques.Value.TryGetValue(id, out var subs) ? subs : [],
            };
            foreach (var note in view.Notes) _pageOfKbPath.TryAdd(note.Path, SitePaths.Technique(id));
        }
        Techniques = _techniques.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
        foreach (string id in hubIds)
            if (_techniques[id] is { View: { Notes.Count: 0, Official: null } })
                bag.Report(
                    SiteDiagnostics.HubEntryUnknown,
                    ConfigLocation(kb, options),
                    id,
                    Release?.Info.DisplayName ?? "the knowledge base (no ATT&CK release is pinned)");
        Hub = hubIds.Select(id => _techniques[id]).ToArray();

        // The release's strategies of the same techniques: the same entries.
        if (kept is not null) (_strategies, Strategies) = (kept._strategies, kept.Strategies);
        else Strategies = CollectStrategies();

        _objects = previous?._objects is { } known && known.Fits(Release, Techniques)
            ? known
            : ObjectCollector.Collect(Release, Techniques);
        // An entry taken from the previous map has its objects already (from the same collection).
        bool sameObjects = ReferenceEquals(kept?._objects, _objects);
        foreach (var t in Techniques)
            if (!sameObjects || !ReferenceEquals(t, kept!._techniques.GetValueOrDefault(t.Id)))
                t.Objects = _objects.Of(t.Id);
        Objects = _objects.ByKind;
        if (kept is not null && SameDataComponents(kept))
            (_components, DataComponents) = (kept._components, kept.DataComponents);
        else
        {
            CollectDataComponents();
            DataComponents = _components.Values.OrderBy(c => c.Component.Id, StringComparer.Ordinal).ToArray();
        }
        Tactics = TacticOrder.Sort(_tactics.Values, t => t.ShortName).ToArray();
    }

    /// <summary>
    /// Where each external link written in the KB or the release goes on the site (see LinkTargets), computed once per
    /// URL: pages render in parallel, so it is concurrent.
    /// </summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, (string? Target, bool IsPage)> ExternalLinks
    {
        get;
    } = new(StringComparer.Ordinal);

    public TechniqueEntry? Technique(string id) => _techniques.GetValueOrDefault(id);
    public DetectionEntry Detection(Detection d) => _detections[d];
    public TestEntry Test(TestProcedure t) => _tests[t];
    public StrategyEntry? Strategy(string detId) => _strategies.GetValueOrDefault(detId);
    public DataComponentEntry? DataComponent(string? idOrName) =>
        idOrName is not null && Release?.DataComponent(idOrName) is { } dc
            ? _components.GetValueOrDefault(dc.Id)
            : null;
    /// <summary>The page of a mitigation, group, software, campaign or asset by STIX id, if the site has one.</summary>
    public ObjectEntry? Object(string stixId) => _objects.ByStixId.GetValueOrDefault(stixId);
    public TacticEntry? TacticByShortName(string shortName) => _tactics.GetValueOrDefault(shortName);
    /// <summary>A KB detection by its id (detection-note id or Sigma rule id, case-insensitive).</summary>
    public DetectionEntry? DetectionById(string id) => _detectionById.GetValueOrDefault(id.Trim());
    /// <summary>
    /// The page of the note, detection or test file at this KB-relative path, if the site publishes one.
    /// </summary>
    public string? PageOfKbPath(string path) => _pageOfKbPath.GetValueOrDefault(path);

    /// <summary>
    /// Pages for detections are named after their id (DET-AKB-0001, the Sigma rule UUID); a detection without an id,
    /// or whose id another file already took, is named after its path, so every detection gets exactly one page.
    /// </summary>
    private IReadOnlyList<DetectionEntry> NameDetections(KnowledgeBase kb, SiteMap? before)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = new List<DetectionEntry>();
        foreach (var d in kb.Detections)
        {
            string? id = d.Id?.Value.Trim() is { Length: > 0 } v ? v : null;
            string display = id ?? FileStem(d.Path);
            string slug = Unique(
                taken, id is not null && SitePaths.Slug(id) == id ? id : "file-" + SitePaths.Slug(PathStem(d.Path)));
            string url = d.Kind == DetectionKind.SigmaRule ? SitePaths.SigmaRule(slug) : SitePaths.DetectionNote(slug);
            var entry = new DetectionEntry(d, url, display);
            if (before?._detections.GetValueOrDefault(d) is { } same && same.Url == url && same.DisplayId == display)
                entry = same;
            _detections[d] = entry;
            list.Add(entry);
            _pageOfKbPath.TryAdd(d.Path, url);
            if (id is not null) _detectionById.TryAdd(id, entry);
        }
        return list;
    }

    private IReadOnlyList<TestEntry> NameTests(KnowledgeBase kb, SiteMap? before)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = new List<TestEntry>();
        foreach (var t in kb.Tests)
        {
            string? id = t.TechniqueId?.Value is { Length: > 0 } v && AttackId.IsCanonicalTechnique(v) ? v : null;
            string slug = Unique(taken, id ?? "file-" + SitePaths.Slug(PathStem(t.Path)));
            var entry = new TestEntry(t, SitePaths.Test(slug), id ?? FileStem(t.Path));
            if (before?._tests.GetValueOrDefault(t) is { } same && same.Url == entry.Url
                && same.DisplayId == entry.DisplayId)
                entry = same;
            _tests[t] = entry;
            list.Add(entry);
            _pageOfKbPath.TryAdd(t.Path, entry.Url);
        }
        return list;
    }

    private static string Unique(HashSet<string> taken, string slug)
    {
        string candidate = slug;
        for (int i = 2; !taken.Add(candidate); i++)
            candidate = slug + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }

    private static string PathStem(string path) =>
        path.Contains('.', StringComparison.Ordinal)
            ? path[..path.LastIndexOf('.')].Replace('/', '_')
            : path.Replace('/', '_');
    private static string FileStem(string path) => Path.GetFileNameWithoutExtension(path);

    private Dictionary<string, List<string>> SubtechniquesByParent(SortedSet<string> ids)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string sub)
        {
            if (AttackId.ParentOf(sub) is not { } parent) return;
            if (!map.TryGetValue(parent, out var list)) map[parent] = list = [];
            if (!list.Contains(sub)) list.Add(sub);
        }
        if (Release is { } r)
            foreach (var t in r.Techniques)
                if (t.IsSubtechnique && !t.Revoked && !t.Deprecated) Add(t.Id);
        foreach (string id in ids) Add(id);
        foreach (var l in map.Values) l.Sort(StringComparer.Ordinal);
        return map;
    }

    private Coverage CoverageOf(TechniqueView view)
    {
        int analytics = view.Strategies.Sum(s => s.Analytics.Count);
        int notes = 0, sigma = 0;
        foreach (var d in view.Detections)
        {
            if (d.Kind == DetectionKind.SigmaRule) sigma++;
            else { notes++; analytics += d.Analytics.Count; }
        }
        int tests = view.Tests.Sum(t => Math.Max(1, t.Tests.Count));
        return new Coverage(view.Strategies.Count, analytics, notes, sigma, tests, Kb.DetectionGapFor(view.AttackId));
    }

    private TacticEntry Tactic(string written, SiteMap? before)
    {
        var official = Release?.Tactic(written);
        string shortName = official?.ShortName ?? written.Trim();
        if (_tactics.TryGetValue(shortName, out var known)) return known;
        if (before?._tactics.GetValueOrDefault(shortName) is { } same) return _tactics[shortName] = same;
        var entry = new TacticEntry(
            shortName, official?.Name ?? shortName, official?.Id, SitePaths.Tactic(official?.Id ?? shortName))
        {
            Official = official,
        };
        _tactics[shortName] = entry;
        return entry;
    }

    private StrategyEntry[] CollectStrategies()
    {
        foreach (var t in Techniques)
            foreach (var s in t.View.Strategies)
                if (!_strategies.ContainsKey(s.Id))
                    _strategies[s.Id] = new StrategyEntry(
                        s,
                        SitePaths.Strategy(s.Id),
                        s.Analytics.Select(a => Release?.Find(a)).OfType<AttackAnalytic>().ToArray());
        return _strategies.Values.OrderBy(s => s.Strategy.Id, StringComparer.Ordinal).ToArray();
    }

    private void CollectDataComponents()
    {
        if (Release is null) return;
        DataComponentEntry? Get(string? idOrName)
        {
            if (idOrName is null || Release.DataComponent(idOrName) is not { } dc) return null;
            if (!_components.TryGetValue(dc.Id, out var e))
                _components[dc.Id] = e = new DataComponentEntry(dc, SitePaths.DataComponent(dc.Id));
            return e;
        }
        foreach (var s in Strategies)
            foreach (var a in s.Analytics)
                foreach (var dcId in a.LogSourceReferences
                    .Select(r => r.DataComponentId).Distinct(StringComparer.Ordinal))
                {
                    if (Get(dcId) is not { } e) continue;
                    e.AttackAnalytics.Add((s, a));
                    foreach (string t in s.Strategy.Techniques) if (_techniques.ContainsKey(t)) e.Techniques.Add(t);
                }
        foreach (var d in Detections)
            foreach (var a in d.Detection.Analytics)
            {
                var named = a.DataComponents.Select(x => x.Value)
                    .Concat(a.LogSources.Select(l => l.DataComponent?.Value).OfType<string>());
                foreach (var e in named.Select(Get).OfType<DataComponentEntry>().Distinct())
                {
                    e.TeamAnalytics.Add((d, a));
                    foreach (string t in Kb.Links.TechniquesOf(d.Detection))
                        if (_techniques.ContainsKey(t)) e.Techniques.Add(t);
                }
            }
        foreach (var t in Techniques)
            foreach (var (_, component) in t.View.DataSources)
                if (Get(component?.Id) is { } e) e.Techniques.Add(t.Id);
    }

    /// <summary>
    /// The config file, KB-relative when it is inside the KB (like every other diagnostic path); null for the built-in
    /// defaults.
    /// </summary>
    private static SourceLocation? ConfigLocation(KnowledgeBase kb, SiteOptions options)
    {
        if (options.ConfigPath is not { } path) return null;
        string full = Path.GetFullPath(path);
        string relative = Path.GetRelativePath(Path.GetFullPath(kb.Root), full);
        return SourceLocation.File(
            relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
                ? full
                : relative.Replace(Path.DirectorySeparatorChar, '/'));
    }
}
