using System.Net;
using System.Text.Json;

namespace AttackKb.Stix.Taxii;

/// <summary>
/// Explains a refused TAXII request: the status, the server's own error title/description (TAXII error message,
/// spec §3.6.1) and what to check. The request's credentials are never part of it.
/// </summary>
internal static class TaxiiFailure
{
    public static string Describe(string what, HttpResponseMessage response, byte[] body, int attempts)
    {
        int status = (int)response.StatusCode;
        string text = $"{what}: {status} {response.ReasonPhrase}";
        if (ServerExplanation(body) is { } explanation) text += $": {explanation}";
        if (attempts > 1) text += $" (after {attempts} attempts)";
        return (HttpStatusCode)status switch
        {
            HttpStatusCode.Unauthorized =>
                text + " — the server did not accept the credentials (check --user and the password or token "
                + "in the environment variable)",
            HttpStatusCode.Forbidden =>
                text + " — these credentials may not do this on this collection (can_read/can_write: "
                + "`attackkb taxii collections` lists them)",
            HttpStatusCode.NotFound => text + " — no such TAXII resource (check the API root and collection id)",
            HttpStatusCode.NotAcceptable or HttpStatusCode.UnsupportedMediaType =>
                text + $" — the server does not speak {TaxiiMediaTypes.Taxii}",
            HttpStatusCode.RequestEntityTooLarge => text + " — an envelope exceeded the server's limit",
            _ => text,
        };
    }

    /// <summary>The TAXII error message's title and description, when the body is one.</summary>
    private static string? ServerExplanation(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            string? title = Text(root, "title");
            string? description = Text(root, "description");
            return (title, description) switch
            {
                (null, null) => null,
                (_, null) => title,
                (null, _) => description,
                _ => $"{title}: {description}",
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        TaxiiCollection.Text(root, name) is { Length: > 0 } s ? s : null;
}
