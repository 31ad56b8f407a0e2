using System.Text.Json;
using AttackKb.Core.Attack;

namespace AttackKb.Stix.Catalog;

/// <summary>
/// The catalog's shared reference list: each distinct external reference once (procedure texts of one report cite it
/// dozens of times), in first-use order; objects and relationships carry indexes into it (<c>refs</c>).
/// </summary>
internal sealed class ReferenceTable
{
    private readonly Dictionary<AttackReference, int> _index = [];
    private readonly List<AttackReference> _references = [];

    public ReferenceTable(AttackRelease release)
    {
        IEnumerable<(AttackObject Object, bool All)> objects = release.Tactics.Select(o => ((AttackObject)o, false))
            .Concat(release.Techniques.Select(o => ((AttackObject)o, true)))
            .Concat(release.DataSources.Select(o => ((AttackObject)o, false)))
            .Concat(release.DataComponents.Select(o => ((AttackObject)o, false)))
            .Concat(release.DetectionStrategies.Select(o => ((AttackObject)o, false)))
            .Concat(release.Analytics.Select(o => ((AttackObject)o, false)))
            .Concat(release.Mitigations.Select(o => ((AttackObject)o, false)))
            .Concat(release.Groups.Select(o => ((AttackObject)o, false)))
            .Concat(release.Software.Select(o => ((AttackObject)o, false)))
            .Concat(release.Campaigns.Select(o => ((AttackObject)o, false)))
            .Concat(release.Assets.Select(o => ((AttackObject)o, false)));
        foreach (var (o, all) in objects) Add(Kept(o, all));
        foreach (var r in release.Relationships) Add(r.References);
    }

    /// <summary>
    /// Techniques keep every reference so citations resolve; other objects keep their own ATT&amp;CK link only.
    /// </summary>
    public static IReadOnlyList<AttackReference> Kept(AttackObject o, bool all) =>
        all ? o.References : o.References.Where(r => r.ExternalId == o.Id).ToArray();

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartArray("references");
        foreach (var r in _references)
        {
            w.WriteStartObject();
            w.WriteString("sourceName", r.SourceName);
            if (!string.IsNullOrEmpty(r.Url)) w.WriteString("url", r.Url);
            if (!string.IsNullOrEmpty(r.ExternalId)) w.WriteString("externalId", r.ExternalId);
            if (!string.IsNullOrEmpty(r.Description)) w.WriteString("description", r.Description);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Writes <c>"refs": [i, …]</c>, nothing when there are none.</summary>
    public void WriteIndexes(Utf8JsonWriter w, IReadOnlyList<AttackReference> references)
    {
        if (references.Count == 0) return;
        w.WriteStartArray("refs");
        foreach (var r in references) w.WriteNumberValue(_index[r]);
        w.WriteEndArray();
    }

    private void Add(IReadOnlyList<AttackReference> references)
    {
        foreach (var r in references)
            if (_index.TryAdd(r, _references.Count)) _references.Add(r);
    }
}
