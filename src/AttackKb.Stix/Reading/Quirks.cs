using AttackKb.Core.Diagnostics;
using AttackKb.Core.Text;

namespace AttackKb.Stix.Reading;

/// <summary>
/// Counts upstream data-quality findings while a bundle is read and reports each kind once, with a count and the
/// first object: 835 identical lines about MITRE's empty x_mitre_detection would bury everything else.
/// </summary>
internal sealed class Quirks(SourceLocation location)
{
    private readonly SortedDictionary<string, (int Count, string First, string Type)> _empty =
        new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Count, string First)> _unknown = new(StringComparer.Ordinal);
    private readonly List<(string Kind, string Owner, string Target)> _dangling = [];
    private readonly List<(string Id, string Why)> _malformed = [];
    private readonly List<string> _componentsWithoutId = [];
    private readonly SortedDictionary<string, int> _droppedTags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _objectsWithDroppedTags = new(StringComparer.Ordinal);
    private string? _firstWithDroppedTag;

    /// <summary>The markdown meaning of an object's text; tags without one are counted for a single line.</summary>
    public string? Markdown(string? text, string objectId) =>
        text is null ? null : ReleaseMarkup.ToMarkdown(text, tag =>
        {
            _droppedTags[tag] = _droppedTags.GetValueOrDefault(tag) + 1;
            if (_objectsWithDroppedTags.Add(objectId)) _firstWithDroppedTag ??= objectId;
        });

    public void ComponentWithoutId(string stixId) => _componentsWithoutId.Add(stixId);

    public void Empty(string property, string type, string id)
    {
        string key = $"{type}.{property}";
        _empty[key] = _empty.TryGetValue(key, out var e) ? (e.Count + 1, e.First, type) : (1, id, type);
    }

    public void Unknown(string type, string id) =>
        _unknown[type] = _unknown.TryGetValue(type, out var e) ? (e.Count + 1, e.First) : (1, id);

    public void Dangling(string kind, string owner, string target) => _dangling.Add((kind, owner, target));

    public void Malformed(string id, string why) => _malformed.Add((id, why));

    public void Report(DiagnosticBag bag)
    {
        foreach (var (key, e) in _empty)
            bag.Report(
                ReleaseDiagnostics.EmptyValues,
                location,
                e.Count,
                key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..],
                $"{e.Type} {e.First}");
        foreach (var (type, e) in _unknown)
            bag.Report(ReleaseDiagnostics.UnknownType, location, e.Count, type, e.First);
        foreach (var (kind, owner, target) in _dangling.Take(50))
            bag.Report(ReleaseDiagnostics.DanglingReference, location, kind, owner, target);
        if (_componentsWithoutId.Count > 0)
            bag.Report(
                ReleaseDiagnostics.DataComponentWithoutId,
                location,
                _componentsWithoutId.Count,
                _componentsWithoutId[0]);
        if (_droppedTags.Count > 0)
            bag.Report(
                ReleaseDiagnostics.UnconvertedMarkup,
                location,
                _droppedTags.Values.Sum(),
                _objectsWithDroppedTags.Count,
                string.Join(", ", _droppedTags.Select(t => $"{t.Key} ×{t.Value}")),
                _firstWithDroppedTag!);
        foreach (var (id, why) in _malformed.Take(50))
            bag.Report(ReleaseDiagnostics.MalformedObject, location, id, why);
    }
}
