using AttackKb.Stix.Catalog;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Stix.Reading;

/// <summary>
/// Reads an ATT&amp;CK release from an official STIX 2.1 bundle (<c>.json</c> or gzip-compressed, recognised by its
/// magic
/// bytes) or from the compact catalog <c>attackkb attack catalog</c> writes (recognised by its format marker).
/// Upstream data-quality problems become AKB8xxx diagnostics in the caller's bag; a file that cannot be used at
/// all throws <see cref="ReleaseReadException"/> (the CLI exits with 2).
/// </summary>
public static class AttackReleaseReader
{
    public static AttackRelease Read(string path, DiagnosticBag bag)
    {
        byte[] raw;
        try { raw = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReleaseReadException($"{path}: cannot read the ATT&CK release: {e.Message}", e);
        }
        return Read(raw, Path.GetFileName(path), bag);
    }

    /// <summary>
    /// Reads a release from bytes; <paramref name="sourceName"/> names it in messages and in the release info.
    /// </summary>
    public static AttackRelease Read(byte[] raw, string sourceName, DiagnosticBag bag)
    {
        string sha256 = Convert.ToHexStringLower(SHA256.HashData(raw));
        bool gzip = IsGzip(raw);
        ReadOnlyMemory<byte> json = gzip ? Gunzip(raw, sourceName) : raw;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            string hint = gzip ? " (after gzip decompression: the gzip file may be truncated)" : "";
            throw new ReleaseReadException(
                $"{sourceName}: not valid JSON{hint} (line {(e.LineNumber ?? 0) + 1}): {e.Message}", e);
        }
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.String("format") == CatalogFormat.Marker)
        {
            // Not disposed: the catalog's relationships are read from this document when first asked for (GC frees it).
            return CatalogReader.Read(
                name => root.TryGetProperty(name, out var v) ? v : default, sha256, sourceName, bag);
        }
        using (doc)
        {
            if (root.ValueKind != JsonValueKind.Object)
                throw new ReleaseReadException($"{sourceName}: not an ATT&CK release: the JSON is not an object");
            if (root.String("type") != "bundle"
                || !root.TryGetProperty("objects", out var objects)
                || objects.ValueKind != JsonValueKind.Array)
                throw new ReleaseReadException(
                    $"{sourceName}: not a STIX bundle (expected \"type\": \"bundle\" with an \"objects\" array) "
                    + "nor an attackkb catalog");
            return BundleReader.Read(objects, sha256, sourceName, bag);
        }
    }

    private static bool IsGzip(byte[] raw) => raw.Length >= 2 && raw[0] == 0x1F && raw[1] == 0x8B;

    private static ReadOnlyMemory<byte> Gunzip(byte[] raw, string sourceName)
    {
        try
        {
            using var input = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            var output = new MemoryStream(raw.Length * 6);
            input.CopyTo(output);
            return output.GetBuffer().AsMemory(0, (int)output.Length);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new ReleaseReadException($"{sourceName}: the gzip data is damaged or truncated: {e.Message}", e);
        }
    }
}

/// <summary>The release file cannot be used at all (missing, not JSON, not a bundle): the CLI exits with 2.</summary>
public sealed class ReleaseReadException(string message, Exception? inner = null) : Exception(message, inner);
