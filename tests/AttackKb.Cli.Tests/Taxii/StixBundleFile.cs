using System.Text.Json;

namespace AttackKb.Cli.Tests.Taxii;

/// <summary>A bundle file's objects by id: version (modified, else created) and raw JSON.</summary>
internal static class StixBundleFile
{
    public static Dictionary<string, (string Version, string Json)> Objects(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var objects = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var o in doc.RootElement.GetProperty("objects").EnumerateArray())
        {
            string version = (o.TryGetProperty("modified", out var m) ? m : o.GetProperty("created")).GetString()!;
            objects[o.GetProperty("id").GetString()!] = (version, o.GetRawText());
        }
        return objects;
    }

    /// <summary>"id version" per object, sorted: what a server holding exactly these objects lists.</summary>
    public static string[] IdsAndVersions(Dictionary<string, (string Version, string Json)> objects) =>
        objects.Select(p => $"{p.Key} {p.Value.Version}").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The ids a publish reported as posted (its stdout's "posted  id  version" lines).</summary>
    public static string[] Posted(string stdout) =>
        stdout.Split('\n').Where(l => l.StartsWith("posted  ", StringComparison.Ordinal))
            .Select(l => l.Split("  ")[1]).Order(StringComparer.Ordinal).ToArray();
}
