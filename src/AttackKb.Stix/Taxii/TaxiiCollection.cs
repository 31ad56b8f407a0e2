using System.Globalization;
using System.Text.Json;

namespace AttackKb.Stix.Taxii;

/// <summary>One TAXII collection (…/{api-root}/collections/{id}/) and the resources under it.</summary>
public sealed class TaxiiCollection
{
    public const int DefaultPageSize = 100;

    public TaxiiCollection(Uri url)
    {
        Url = TaxiiUrl.WithSlash(url);
        (ApiRoot, Id) = TaxiiUrl.SplitCollection(Url);
    }

    public Uri Url { get; }
    public Uri ApiRoot { get; }
    public string Id { get; }
    public Uri Objects => new(Url, "objects/");
    public Uri Manifest => new(Url, "manifest/");
    public Uri Status(string statusId) => new(ApiRoot, $"status/{Uri.EscapeDataString(statusId)}/");

    /// <summary>
    /// The newest version the server holds of each object id (manifest entries' <c>version</c>, all pages).
    /// </summary>
    public IReadOnlyDictionary<string, DateTimeOffset> ReadManifest(TaxiiClient client, int pageSize = DefaultPageSize)
    {
        var newest = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var page in TaxiiPaging.Pages(client, Manifest, [("limit", Limit(pageSize))]))
            foreach (var entry in page.Array("objects"))
            {
                if (Text(entry, "id") is not { } id || Text(entry, "version") is not { } text) continue;
                if (!StixVersion.TryParse(text, out var version)) continue;
                if (!newest.TryGetValue(id, out var known) || version > known) newest[id] = version;
            }
        return newest;
    }

    /// <summary>The API root's <c>max_content_length</c> (bytes a POST may carry), or null when not stated.</summary>
    public static long? MaxContentLength(TaxiiClient client, Uri apiRoot) =>
        client.Get(apiRoot).PositiveInteger("max_content_length");

    public static string Limit(int pageSize) => pageSize.ToString(CultureInfo.InvariantCulture);

    internal static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v)
        && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
