using System.Text.Json;
using AttackKb.Stix.Writing;

namespace AttackKb.Stix.Taxii;

/// <summary>Which objects to pull from a collection (TAXII filters, spec §3.4).</summary>
/// <param name="AddedAfter">Only objects the server added after this instant (the last pull's date).</param>
/// <param name="Types">match[type]: only these STIX types (empty: all).</param>
public sealed record TaxiiFetchFilter(
    int PageSize = TaxiiCollection.DefaultPageSize, string? AddedAfter = null, IReadOnlyList<string>? Types = null);

/// <summary>A pulled collection as a bundle, and the date to pass as <c>added_after</c> next time.</summary>
public sealed record TaxiiFetchResult(byte[] Bundle, int ObjectCount, int Pages, string? DateAddedLast);

/// <summary>
/// Pulls a collection's objects page by page into one STIX bundle that every bundle reader of attackkb accepts.
/// The bundle is deterministic whatever order the server pages in: objects sorted by type, id, then version; the
/// bundle id is a UUIDv5 of its bytes, as in an export.
/// </summary>
public static class TaxiiFetcher
{
    public static TaxiiFetchResult Fetch(TaxiiClient client, TaxiiCollection collection, TaxiiFetchFilter filter)
    {
        var query = new List<(string, string)> { ("limit", TaxiiCollection.Limit(filter.PageSize)) };
        if (filter.AddedAfter is { } after) query.Add(("added_after", after));
        if (filter.Types is { Count: > 0 } types) query.Add(("match[type]", string.Join(',', types)));
        var objects = new Dictionary<(string Id, string Version), JsonElement>();
        int pages = 0;
        string? last = null;
        foreach (var page in TaxiiPaging.Pages(client, collection.Objects, query))
        {
            pages++;
            if (Later(page.DateAddedLast, last)) last = page.DateAddedLast;
            foreach (var o in page.Array("objects"))
                objects[(TaxiiCollection.Text(o, "id") ?? "", StixVersion.Of(o) ?? "")] = o;
        }
        var ordered = objects
            .OrderBy(p => TaxiiCollection.Text(p.Value, "type") ?? "", StringComparer.Ordinal)
            .ThenBy(p => p.Key.Id, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Version, StringComparer.Ordinal)
            .Select(p => p.Value)
            .ToArray();
        byte[] bundle = StixBundleBytes.Write(w =>
        {
            foreach (var o in ordered) o.WriteTo(w);
        });
        return new TaxiiFetchResult(bundle, ordered.Length, pages, last ?? filter.AddedAfter);
    }

    private static bool Later(string? candidate, string? known) =>
        candidate is not null && (known is null
            || (StixVersion.TryParse(candidate, out var c) && StixVersion.TryParse(known, out var k) && c > k));
}
