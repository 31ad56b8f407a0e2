using System.Text;

namespace AttackKb.Stix.Taxii;

/// <summary>
/// Walks a paged TAXII resource (objects, manifest) with <c>more</c>/<c>next</c>. Every page repeats the same
/// filters and <c>limit</c>: servers differ on whether a <c>next</c> request inherits them (the reference server
/// answers 500 when <c>limit</c> is missing).
/// </summary>
public static class TaxiiPaging
{
    /// <summary>Every page of <paramref name="resource"/> with the given filters, in the server's order.</summary>
    public static IEnumerable<TaxiiResponse> Pages(
        TaxiiClient client, Uri resource, IReadOnlyList<(string Name, string Value)> filters)
    {
        string? next = null;
        while (true)
        {
            var page = client.Get(WithQuery(resource, next is null ? filters : [.. filters, ("next", next)]));
            yield return page;
            next = page.String("next");
            if (!page.Bool("more") || next is null) yield break;
            // The cursor may stay the same from page to page (the reference server keeps one per query), so the
            // guard against a server that would page forever is an empty page that claims more.
            if (!page.Array("objects").Any())
                throw new TaxiiException($"GET {resource}: the server sent an empty page but says there is more");
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
