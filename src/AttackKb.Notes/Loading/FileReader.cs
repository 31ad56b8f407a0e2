using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Yaml;
using AttackKb.Notes.Detections;
using AttackKb.Notes.Dialects;
using AttackKb.Notes.Reading;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Loading;

/// <summary>
/// Reads one file: bytes → strict UTF-8 → by extension, markdown (front matter + body, dialect sniffed) or YAML
/// (Sigma rule or Atomic test) → one model value. Every problem is a diagnostic; nothing here throws on input.
/// </summary>
public static class FileReader
{
    public static LoadedFile Read(string root, string relativePath, long maxFileBytes)
    {
        var bag = new DiagnosticBag();
        try
        {
            string full = System.IO.Path.Combine(root, relativePath);
            long size = new FileInfo(full).Length;
            if (size > maxFileBytes)
            {
                bag.Report(InputDiagnostics.TooLarge, Core.Text.SourceLocation.File(relativePath), size, maxFileBytes);
                return new LoadedFile(relativePath, null, null, null, bag.Items);
            }
            return ReadBytes(relativePath, File.ReadAllBytes(full), bag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Report(InputDiagnostics.Unreadable, Core.Text.SourceLocation.File(relativePath), e.Message);
            return new LoadedFile(relativePath, null, null, null, bag.Items);
        }
    }

    /// <summary>Reads a file's content (exposed for tests and for reading from memory).</summary>
    public static LoadedFile ReadBytes(string relativePath, byte[] bytes, DiagnosticBag? diagnostics = null)
    {
        var bag = diagnostics ?? new DiagnosticBag();
        try
        {
            string? text = TextDecoder.Decode(bytes, relativePath, bag);
            if (text is null) return new LoadedFile(relativePath, null, null, null, bag.Items);
            var doc = new SourceDocument(relativePath, text);
            return IsYaml(relativePath) ? ReadYaml(doc, bag) : ReadMarkdown(doc, bag);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours, not of the file: say so, keep going with the other files; the CLI exits 3.
            bag.Report(InputDiagnostics.InternalError, Core.Text.SourceLocation.File(relativePath), $"{e.GetType().Name}: {e.Message}");
            return new LoadedFile(relativePath, null, null, null, bag.Items);
        }
    }

    public static bool IsYaml(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    private static LoadedFile ReadMarkdown(SourceDocument doc, DiagnosticBag bag)
    {
        var md = MarkdownFile.Read(doc, bag);
        if (md is null) return new LoadedFile(doc.Path, null, null, null, bag.Items);
        var dialect = DialectSniffer.Sniff(md);
        Note? note = null;
        Detection? detection = null;
        TestProcedure? test = null;
        switch (dialect)
        {
            case SourceDialect.DialectA: note = DialectANoteBinder.Bind(md, bag); break;
            case SourceDialect.DialectB: note = DialectBNoteBinder.Bind(md, bag); break;
            case SourceDialect.Canonical: note = CanonicalNoteBinder.Bind(md, bag); break;
            case SourceDialect.DetectionNote: detection = DetectionNoteBinder.Bind(md, bag); break;
            case SourceDialect.DialectBRule: detection = DialectBRuleBinder.Bind(md, bag); break;
            case SourceDialect.DialectBRunbook: test = DialectBRunbookBinder.Bind(md, bag); break;
            default: note = GenericNoteBinder.Bind(md, bag); break;
        }
        // Every markdown file can be a link's target and can hide an unclosed fence or citation, whatever its dialect.
        NoteBody.ReportUnterminated(md, bag);
        var anchors = NoteBody.Anchors(md);
        note = note is null ? null : note with { Anchors = anchors };
        detection = detection is null ? null : detection with { Anchors = anchors };
        return new LoadedFile(doc.Path, note, detection, test, bag.Items);
    }

    private static LoadedFile ReadYaml(SourceDocument doc, DiagnosticBag bag)
    {
        var node = LocatedYamlReader.Read(doc.Text, doc.Path, 1, bag, warnOnMoreDocuments: true);
        if (node is not YamlMapping map)
        {
            // A file of comments only has no node: still say it was ignored, so no file vanishes without a word.
            if (node is not null || bag.Items.Count == 0) bag.Report(InputDiagnostics.UnknownYaml, node?.Location ?? doc.WholeFile);
            return new LoadedFile(doc.Path, null, null, null, bag.Items);
        }
        if (map["attack_technique"] is not null && map["atomic_tests"] is not null)
            return new LoadedFile(doc.Path, null, null, AtomicBinder.Bind(doc, map, bag), bag.Items);
        if (map["detection"] is not null && (map["logsource"] is not null || map["title"] is not null))
            return new LoadedFile(doc.Path, null, SigmaRuleBinder.Bind(doc, map, bag), null, bag.Items);
        bag.Report(InputDiagnostics.UnknownYaml, map.Location);
        return new LoadedFile(doc.Path, null, null, null, bag.Items);
    }
}
