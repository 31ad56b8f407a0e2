using System.Text.Json;

namespace AttackKb.Stix.Taxii;

/// <summary>A collection as its API root describes it (spec §5.2).</summary>
public sealed record TaxiiCollectionInfo(
    string Id, string Title, string? Description, bool CanRead, bool CanWrite, Uri Url);

/// <summary>An API root, its title and the collections the credentials can see.</summary>
public sealed record TaxiiApiRootInfo(Uri Url, string Title, long? MaxContentLength,
    IReadOnlyList<TaxiiCollectionInfo> Collections);

/// <summary>
/// Discovery → API roots → collections. Accepts a server's discovery URL (…/taxii2/) or an API root URL: the
/// discovery resource is the one with <c>api_roots</c>.
/// </summary>
public static class TaxiiDiscovery
{
    public static IReadOnlyList<TaxiiApiRootInfo> Discover(TaxiiClient client, Uri url)
    {
        var first = client.Get(url);
        if (first.Body.ValueKind == JsonValueKind.Object && first.Body.TryGetProperty("api_roots", out _))
        {
            var roots = first.Array("api_roots")
                .Where(r => r.ValueKind == JsonValueKind.String)
                .Select(r => TaxiiUrl.WithSlash(new Uri(url, r.GetString()!)))
                .Distinct()
                .ToArray();
            return roots.Select(root => ApiRoot(client, root, client.Get(root))).ToArray();
        }
        return [ApiRoot(client, url, first)];
    }

    private static TaxiiApiRootInfo ApiRoot(TaxiiClient client, Uri root, TaxiiResponse info)
    {
        var collections = client.Get(new Uri(root, "collections/")).Array("collections")
            .Select(c => Collection(root, c))
            .OfType<TaxiiCollectionInfo>()
            .ToArray();
        return new TaxiiApiRootInfo(
            root, info.String("title") ?? "", info.PositiveInteger("max_content_length"), collections);
    }

    private static TaxiiCollectionInfo? Collection(Uri root, JsonElement c)
    {
        if (TaxiiCollection.Text(c, "id") is not { } id) return null;
        return new TaxiiCollectionInfo(
            id, TaxiiCollection.Text(c, "title") ?? "", TaxiiCollection.Text(c, "description"),
            Flag(c, "can_read"), Flag(c, "can_write"),
            new Uri(root, $"collections/{Uri.EscapeDataString(id)}/"));
    }

    private static bool Flag(JsonElement c, string name) =>
        c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
