namespace AttackKb.Site.Assets;

/// <summary>
/// The theme files (site/assets: style.css, search.js, favicon) and hand-written pages (site/pages/*.md), embedded in
/// the assembly at build time. Listed in ordinal order; read once per process (`serve` plans the site after every
/// edit), so the arrays are shared: callers only read them.
/// </summary>
public static class Theme
{
    private const string AssetPrefix = "theme/assets/";
    private const string PagePrefix = "theme/pages/";

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> AssetFiles = new(() => Read(AssetPrefix));

    private static readonly Lazy<IReadOnlyList<(string Name, string Markdown)>> PageTexts = new(() =>
        Read(PagePrefix).Select(p => (p.Name, System.Text.Encoding.UTF8.GetString(p.Bytes))).ToArray());

    /// <summary>(file name, bytes) of every asset, copied to <c>assets/</c> in the output.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Assets() => AssetFiles.Value;

    /// <summary>(file name, markdown) of every hand-written page (<c>about.md</c> → <c>about.html</c>).</summary>
    public static IReadOnlyList<(string Name, string Markdown)> Pages() => PageTexts.Value;

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
