namespace AttackKb.Stix.Taxii;

/// <summary>
/// Checks and shapes the URLs a user gives: absolute http(s), no credentials inside the URL, plain http only to
/// loopback unless explicitly allowed; TAXII resources end with '/' (the spec's URLs do, and servers 404 without it).
/// </summary>
public static class TaxiiUrl
{
    /// <summary>The URL as a checked <see cref="Uri"/> ending in '/'.</summary>
    /// <exception cref="TaxiiException">not an absolute http(s) URL, has user info, or plain http not allowed.
    /// </exception>
    public static Uri Parse(string text, bool insecureHttp)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new TaxiiException($"'{text}' is not an http(s) URL");
        if (uri.UserInfo.Length > 0)
            throw new TaxiiException(
                "credentials inside the URL are refused (they would be printed and logged): "
                + "use --user with --password-env, or --token-env");
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback && !insecureHttp)
            throw new TaxiiException(
                $"refusing plain http:// to {uri.Host}: credentials and data would cross the network unencrypted; "
                + "use https://, or --insecure-http if you really mean it");
        return WithSlash(uri);
    }

    public static Uri WithSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;

    /// <summary>
    /// Splits a collection URL (<c>…/{api-root}/collections/{id}/</c>) into its API root and collection id.
    /// </summary>
    public static (Uri ApiRoot, string CollectionId) SplitCollection(Uri collection)
    {
        string[] segments = collection.AbsolutePath.Trim('/').Split('/');
        if (segments.Length < 2 || segments[^2] != "collections")
            throw new TaxiiException(
                $"'{collection}' is not a TAXII collection URL (…/<api-root>/collections/<id>/); "
                + "`attackkb taxii collections <server>` lists them");
        string root = "/" + string.Join('/', segments[..^2]) + (segments.Length > 2 ? "/" : "");
        return (new UriBuilder(collection) { Path = root, Query = "" }.Uri, segments[^1]);
    }
}
