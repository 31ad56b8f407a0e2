using System.Text.Json;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Core.Config;

/// <summary>
/// <c>attackkb.json</c> at the knowledge-base root (or <c>--config</c>). The shared keys are typed here; each back end
/// reads its own section (<c>"stix"</c>, <c>"site"</c>, …) through <see cref="Section"/>.
/// Every key is checked against <see cref="ConfigSchema"/> when the file is loaded: an unknown key, like a malformed
/// file, is a usage/config error (exit 2), located, with the key it probably meant.
/// </summary>
public sealed record KbConfig
{
    public const string FileName = "attackkb.json";

    /// <summary>Globs (Microsoft.Extensions.FileSystemGlobbing) of files to read, relative to the KB root.</summary>
    public IReadOnlyList<string> Include { get; init; } = ["**/*.md", "**/*.markdown", "**/*.yml", "**/*.yaml"];
    public IReadOnlyList<string> Exclude { get; init; } =
        ["**/.git/**", "**/.obsidian/**", "**/node_modules/**", "**/_site/**", "**/bin/**", "**/obj/**"];
    /// <summary>
    /// The pinned ATT&amp;CK release: a compact catalog or an official bundle (.json/.json.gz), relative to the KB
    /// root.
    /// </summary>
    public string? Attack { get; init; }
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;
    /// <summary>Per-code severity overrides (<c>"AKB4010": "none"</c>).</summary>
    public IReadOnlyDictionary<string, Severity> Severity { get; init; } =
        new Dictionary<string, Severity>(StringComparer.Ordinal);
    /// <summary>
    /// Documented detection gaps for techniques whose notes cannot carry <c>detection_gap</c> (imported or third-party
    /// dialects): ATT&amp;CK ID → why the team has no detection.
    /// </summary>
    public IReadOnlyDictionary<string, string> DetectionGaps { get; init; } =
        new Dictionary<string, string>(StringComparer.Ordinal);
    /// <summary>The whole document, for back-end sections.</summary>
    public JsonElement Root { get; init; }
    /// <summary>The file it came from, or null for defaults.</summary>
    public string? SourcePath { get; init; }

    public JsonElement? Section(string name) =>
        Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty(name, out var s) ? s : null;

    public static KbConfig Default { get; } = new();

    /// <summary>
    /// Reads a config file; throws <see cref="ConfigException"/> with a located message when it is malformed.
    /// </summary>
    /// <summary>
    /// Editors on Windows save UTF-8 with a byte order mark, which System.Text.Json rejects as invalid JSON; the mark
    /// says nothing about the content, so it is dropped (positions on line 1 then count from after it).
    /// </summary>
    private static byte[] WithoutByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    public static KbConfig Load(string path)
    {
        JsonDocument doc;
        byte[] bytes;
        try
        {
            bytes = WithoutByteOrderMark(File.ReadAllBytes(path));
            doc = JsonDocument.Parse(bytes,
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigException(
                $"{path}({(e.LineNumber ?? 0) + 1},{(e.BytePositionInLine ?? 0) + 1}): invalid JSON: {e.Message}");
        }
        catch (IOException e)
        {
            throw new ConfigException($"{path}: cannot read: {e.Message}");
        }
        var root = doc.RootElement.Clone();
        if (root.ValueKind != JsonValueKind.Object) throw new ConfigException(
            $"{path}: the configuration must be a JSON object");
        var unknown = ConfigKeyCheck.UnknownKeys(bytes, path);
        if (unknown.Count > 0) throw new ConfigException(string.Join("\n", unknown));

        var config = new KbConfig { Root = root, SourcePath = path };
        if (Strings(root, "include", path) is { } include) config = config with { Include = include };
        if (Strings(root, "exclude", path) is { } exclude) config =
            config with { Exclude = [.. Default.Exclude, .. exclude] };
        if (root.TryGetProperty("attack", out var attack))
            config = config with
            {
                Attack = attack.ValueKind == JsonValueKind.String
                    ? attack.GetString()
                    : throw new ConfigException($"{path}: 'attack' must be a string (path of the pinned release)"),
            };
        if (root.TryGetProperty("maxFileBytes", out var max))
            config = config with
            {
                MaxFileBytes = max.TryGetInt64(out long m) && m > 0
                    ? m
                    : throw new ConfigException($"{path}: 'maxFileBytes' must be a positive integer"),
            };
        if (root.TryGetProperty("severity", out var sev))
        {
            if (sev.ValueKind != JsonValueKind.Object) throw new ConfigException(
                $"{path}: 'severity' must map codes to none|info|warning|error");
            var map = new Dictionary<string, Severity>(StringComparer.Ordinal);
            foreach (var p in sev.EnumerateObject())
            {
                if (DiagnosticCatalog.Find(p.Name) is null) throw new ConfigException(
                    $"{path}: 'severity' names unknown code '{p.Name}' (see `attackkb rules`)");
                if (p.Value.ValueKind != JsonValueKind.String
                    || !SeverityNames.TryParse(p.Value.GetString()!, out var s))
                    throw new ConfigException($"{path}: severity of {p.Name} must be none, info, warning or error");
                map[p.Name] = s;
            }
            config = config with { Severity = map };
        }
        if (root.TryGetProperty("detectionGaps", out var gaps))
        {
            if (gaps.ValueKind != JsonValueKind.Object
                || gaps.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
                throw new ConfigException($"{path}: 'detectionGaps' must map ATT&CK IDs to reasons (strings)");
            config = config with
            {
                DetectionGaps = gaps.EnumerateObject()
                    .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
            };
        }
        return config;
    }

    private static IReadOnlyList<string>? Strings(JsonElement root, string name, string path)
    {
        if (!root.TryGetProperty(name, out var e)) return null;
        if (e.ValueKind != JsonValueKind.Array || e.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
            throw new ConfigException($"{path}: '{name}' must be an array of glob strings");
        return e.EnumerateArray().Select(x => x.GetString()!).ToArray();
    }
}

/// <summary>A configuration problem: the CLI reports it and exits with 2.</summary>
public sealed class ConfigException(string message) : Exception(message);
