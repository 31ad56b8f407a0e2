namespace AttackKb.Site.Assets;

/// <summary>
/// The theme files (site/assets: style.css, search.js, favicon) and hand-written pages (site/pages/*.md), embedded in
/// the assembly at build time. Listed in ordinal order.
/// </summary>
public static class Theme
{
    private const string AssetPrefix = "theme/assets/";
    private const string PagePrefix = "theme/pages/";

    /// <summary>(file name, bytes) of every asset, copied to <c>assets/</c> in the output.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Assets() => Read(AssetPrefix);

    /// <summary>(file name, markdown) of every hand-written page (<c>about.md</c> → <c>about.html</c>).</summary>
    public static IReadOnlyList<(string Name, string Markdown)> Pages() =>
        Read(PagePrefix).Select(p => (p.Name, System.Text.Encoding.UTF8.GetString(p.Bytes))).ToArray();

    private static IReadOnlyList<(string Name, byte[] Bytes)> Read(string prefix)
    {
        var assembly = typeof(Theme).Assembly;
        var list = new List<(string, byte[])>();
        foreach (string resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            list.Add((resource[prefix.Length..], memory.ToArray()));
        }
        return list;
    }
}
