namespace AttackKb.Serve;

/// <summary>The content type of each kind of file the site has; anything else is served as bytes.</summary>
internal static class ContentTypes
{
    public static string Of(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".txt" => "text/plain; charset=utf-8",
        ".png" => "image/png",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
