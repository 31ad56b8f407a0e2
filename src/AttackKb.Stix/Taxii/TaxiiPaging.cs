using System.Text;

namespace AttackKb.Stix.Taxii;

/// <summary>
/// Walks a paged TAXII resource (objects, manifest) with <c>more</c>/<c>next</c>. Every page repeats the same
/// filters and <c>limit</c>: servers differ on whether a <c>next</c> request inherits them (the reference server
/// answers 500 when <c>limit</c> is missing).
/// </summary>
public static class TaxiiPaging
{
    /// <summary>Every page of <paramref name="resource"/> with the given query filters, in the server's order.</summary>
    public static IEnumerable<TaxiiResponse> Pages(
        TaxiiClient client, Uri resource, IReadOnlyList<(string Name, string Value)> filters)
    {
        string? next = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var page = client.Get(WithQuery(resource, next is null ? filters : [.. filters, ("next", next)]));
            yield return page;
            next = page.String("next");
            if (!page.Bool("more") || next is null) yield break;
            // A server that hands out the same cursor twice would make this loop forever.
            if (!seen.Add(next)) throw new TaxiiException($"GET {resource}: the server repeated the page cursor '{next}'");
        }
    }

    public static Uri WithQuery(Uri resource, IEnumerable<(string Name, string Value)> query)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in query)
            text.Append(text.Length == 0 ? "" : "&")
                .Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        return new UriBuilder(resource) { Query = text.ToString() }.Uri;
    }
}
