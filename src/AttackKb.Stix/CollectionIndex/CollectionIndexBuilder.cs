using System.Globalization;
using System.Text.Json;
using AttackKb.Core.Ids;
using AttackKb.Stix.Taxii;

namespace AttackKb.Stix.CollectionIndex;

/// <summary>
/// Builds the site's collection index from the bundle it publishes, so ATT&amp;CK Workbench can subscribe to the
/// site. The bundle's <c>x-mitre-collection</c> is the collection; its version is its <c>modified</c> as
/// <c>yyyy.MM.dd.HHmmss</c> (the KB's newest content: it changes exactly when the content does, and it is a safe
/// folder name). Given the previous index, versions accumulate: the other versions of this collection and every
/// other collection are kept as they were. Nothing comes from the clock: same bundle and previous index ⇒ same bytes.
/// </summary>
public static class CollectionIndexBuilder
{
    /// <summary>The index's file name, beside <c>bundle.json</c> in the site's <c>stix/</c> folder.</summary>
    public const string FileName = "index.json";

    /// <summary>Where a version's bundle lives, relative to the index (and so the URL when there is no base URL).
    /// </summary>
    public static string BundlePath(string version) => $"{version}/bundle.json";

    /// <returns>The index and the version this bundle is published as.</returns>
    public static (CollectionIndexDocument Index, string Version) Build(
        byte[] bundle, string siteBaseUrl, CollectionIndexDocument? previous)
    {
        var collection = CollectionOf(bundle);
        string version = VersionOf(collection.Modified);
        string url = siteBaseUrl.Length == 0
            ? BundlePath(version)
            : siteBaseUrl.TrimEnd('/') + "/stix/" + BundlePath(version);
        var earlier = previous?.Collections.FirstOrDefault(c => c.Id == collection.Id);
        var versions = (earlier?.Versions ?? [])
            .Where(v => v.Version != version)
            .Append(new CollectionVersion(version, url, collection.Modified))
            .OrderByDescending(v => v.Modified, StringComparer.Ordinal)
            .ThenByDescending(v => v.Version, StringComparer.Ordinal)
            .ToArray();
        var current = new IndexedCollection(
            collection.Id, collection.Name, collection.Description, earlier?.Created ?? collection.Created, versions);
        var collections = (previous?.Collections ?? []).Select(c => c.Id == current.Id ? current : c).ToList();
        if (earlier is null) collections.Add(current);
        string modified = collections.SelectMany(c => c.Versions).Select(v => v.Modified)
            .Max(StringComparer.Ordinal)!;
        return (new CollectionIndexDocument(
            previous?.Id ?? StixId.UuidV5(StixId.ProjectNamespace, "collection-index:" + collection.Id),
            previous?.Name ?? collection.Name,
            previous?.Description ?? $"Collections published by {collection.Name} with attackkb",
            previous?.Created ?? collection.Modified,
            modified,
            collections), version);
    }

    /// <summary>
    /// Whether a version (possibly from a previous index someone edited) can name a folder: no separators, no "..".
    /// </summary>
    public static bool IsSafeFolderName(string version) =>
        version.Length is > 0 and <= 64 && version.Trim('.').Length > 0
        && !version.Contains("..", StringComparison.Ordinal)
        && version.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <summary>The index version of a collection modified at <paramref name="modified"/>.</summary>
    public static string VersionOf(string modified) =>
        StixVersion.TryParse(modified, out var at)
            ? at.ToString("yyyy.MM.dd.HHmmss", CultureInfo.InvariantCulture)
            : throw new FormatException($"the collection's modified '{modified}' is not a timestamp");

    private sealed record BundleCollection(string Id, string Name, string Description, string Created, string Modified);

    /// <summary>The bundle's <c>x-mitre-collection</c> (attackkb's export always writes one).</summary>
    private static BundleCollection CollectionOf(byte[] bundle)
    {
        using var doc = JsonDocument.Parse(bundle);
        foreach (var o in doc.RootElement.GetProperty("objects").EnumerateArray())
        {
            if (TaxiiCollection.Text(o, "type") != "x-mitre-collection") continue;
            string created = TaxiiCollection.Text(o, "created") ?? "";
            return new BundleCollection(TaxiiCollection.Text(o, "id")!, TaxiiCollection.Text(o, "name") ?? "",
                TaxiiCollection.Text(o, "description") ?? "", created, TaxiiCollection.Text(o, "modified") ?? created);
        }
        throw new InvalidOperationException("the bundle has no x-mitre-collection");
    }
}
