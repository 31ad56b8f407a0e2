using System.Text.RegularExpressions;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Dialects;
using AttackKb.Notes.Markdown;
using AttackKb.Notes.Loading;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Detections;

/// <summary>
/// Dialect-B testing runbooks (DIALECTS.md §2.4): <c>tags: [T1553_004, atomic_test]</c>, a <c>filename</c> wikilink,
/// then the markdown Atomic Red Team generates (v1 whole, v2/v3 trimmed to the tests). Each
/// <c>## Atomic Test #n - name</c> section is read as a test: its description, <c>**Supported Platforms:**</c>,
/// <c>**auto_generated_guid:**</c>, and the executor and commands under <c>#### Attack Commands: Run with `x`!</c>
/// and <c>#### Cleanup Commands:</c>. Commands are data, never executed.
/// </summary>
public sealed partial class DialectBRunbookBinder : SourceReader
{
    /// <summary>The tag <c>atomic_test</c> and a <c>filename</c>.</summary>
    public override bool Accepts(ParsedFile file) =>
        file.Markdown?.FrontMatter is { } fm && FrontMatterMarkers.HasTag(fm, "atomic_test")
        && fm["filename"] is not null;

    public override BoundValue Read(ParsedFile file, DiagnosticBag bag) => Bind(file.Markdown!, bag);

    /// <summary>What the Use-Case-Catalogue writes on a runbook (DIALECTS.md §2.4).</summary>
    public static readonly IReadOnlySet<string> Keys =
        new HashSet<string>(StringComparer.Ordinal) { "tags", "filename" };

    public static TestProcedure Bind(MarkdownFile md, DiagnosticBag bag)
    {
        var fm = md.FrontMatter!;
        UnknownKeys.Report(fm, Keys, SourceDialect.DialectBRunbook.ToName(), bag);
        var tags = FieldShapes.Strings(fm, "tags", bag, DetectionDiagnostics.DialectBWrongShape);
        var fileLink = FieldShapes.String(fm, "filename", bag, DetectionDiagnostics.DialectBWrongShape);
        var title = md.Outline.Headings.FirstOrDefault(h => h.Level == 1);
        var titleText =
            title is null ? (Located<string>?)null : new Located<string>(title.Text, HeadingTextLocation(md, title));

        // The first tag names the technique (the Use Case queries it); the title and the wikilink say it again.
        var techniques = AttackTags.FromObsidian(tags);
        var technique =
            techniques.Count > 0 ? techniques[0] : LeadingTechnique(titleText)
                ?? LeadingTechnique(WikilinkTarget(fileLink));
        if (technique is null) bag.Report(DetectionDiagnostics.RunbookNoTechnique, fm.Location);

        var tests = Tests(md);
        if (tests.Count == 0) bag.Report(DetectionDiagnostics.RunbookNoTests, title is null ? fm.Location
            : md.Document.Locate(title.Offset));
        return new TestProcedure
        {
            Path = md.Path,
            Dialect = SourceDialect.DialectBRunbook,
            TechniqueId = technique,
            TechniqueIds = technique is { } t ? [t, .. techniques.Skip(1)] : [],
            DisplayName = WithoutTechnique(titleText) ?? WithoutTechnique(WikilinkAlias(fileLink)),
            Tags = tags,
            Tests = tests,
        };
    }

    /// <summary>One pass over the headings: each test runs to the next heading of level 1 or 2.</summary>
    private static IReadOnlyList<AtomicTest> Tests(MarkdownFile md)
    {
        var headings = md.Outline.Headings;
        var tests = new List<AtomicTest>();
        for (int i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            if (h.Level != 2 || TestHeading().Match(h.Text) is not { Success: true } name) continue;
            int next = i + 1;
            while (next < headings.Count && headings[next].Level > 2) next++;
            var subheadings = new MdHeading[next - i - 1];
            for (int k = 0; k < subheadings.Length; k++) subheadings[k] = headings[i + 1 + k];
            int end = next < headings.Count ? headings[next].Offset : md.Document.Text.Length;
            tests.Add(Test(md, h, name.Groups["name"].Value.Trim(), subheadings, end));
            i = next - 1;
        }
        return tests;
    }

    private static AtomicTest Test(MarkdownFile md, MdHeading heading, string name, MdHeading[] subheadings, int end)
    {
        string text = md.Document.Text;
        int start = heading.ContentOffset;
        Located<string> At(Group g) => new(g.Value, md.Document.Locate(start + g.Index));
        string body = text[start..end];

        var platforms = Platforms().Match(body);
        var guid = Guid().Match(body);
        int descriptionEnd =
            platforms.Success ? platforms.Index : subheadings.Length > 0 ? subheadings[0].Offset - start : body.Length;

        Located<string>? executor = null;
        string? command = null, cleanup = null;
        bool elevated = false;
        for (int k = 0; k < subheadings.Length; k++)
        {
            var sub = subheadings[k];
            if (sub.Level != 4) continue;
            string line = text[sub.Offset..sub.ContentOffset];
            int next = k + 1 < subheadings.Length ? subheadings[k + 1].Offset : end;
            if (AttackCommands().Match(line) is { Success: true } run)
            {
                executor =
                    new Located<string>(run.Groups["executor"].Value,
                        md.Document.Locate(sub.Offset + run.Groups["executor"].Index));
                elevated = line.Contains("Elevation Required", StringComparison.OrdinalIgnoreCase);
                command = FenceIn(md, sub.ContentOffset, next);
            }
            else if (ManualSteps().IsMatch(line))
            {
                // The manual executor: steps to follow, written as text, not a code block.
                executor = new Located<string>("manual", md.Document.Locate(sub.Offset));
                elevated = line.Contains("Elevation Required", StringComparison.OrdinalIgnoreCase);
                command =
                    BreakTags().Replace(text[sub.ContentOffset..next], "").Trim() is { Length: > 0 } steps ? steps
                        : null;
            }
            else if (line.Contains("Cleanup Commands:", StringComparison.Ordinal))
                cleanup = FenceIn(md, sub.ContentOffset, next);
        }

        string description = body[..descriptionEnd].Trim();
        return new AtomicTest
        {
            Name = new Located<string>(name, HeadingTextLocation(md, heading)),
            Guid = guid.Success ? At(guid.Groups["guid"]) : null,
            Description = description.Length > 0 ? description : null,
            Platforms = platforms.Success
                ? PlatformItem().Matches(platforms.Groups["list"].Value)
                    .Select(m =>
                        new Located<string>(m.Value,
                            md.Document.Locate(start + platforms.Groups["list"].Index + m.Index))).ToArray()
                : [],
            Executor = executor,
            Command = command,
            CleanupCommand = cleanup,
            ElevationRequired = elevated,
            Location = md.Document.Locate(heading.Offset),
        };
    }

    /// <summary>
    /// The first code block in [start, end): the commands under an executor heading (binary search: fences are in
    /// document order).
    /// </summary>
    private static string? FenceIn(MarkdownFile md, int start, int end)
    {
        var fences = md.Outline.Fences;
        int lo = 0, hi = fences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (fences[mid].Offset < start) lo = mid + 1; else hi = mid;
        }
        return lo < fences.Count && fences[lo].Offset < end ? fences[lo].Content.TrimEnd('\r', '\n') : null;
    }

    /// <summary>Where a heading's text starts (after the <c>#</c> marks and blanks).</summary>
    private static SourceLocation HeadingTextLocation(MarkdownFile md, MdHeading h)
    {
        string text = md.Document.Text;
        int i = h.Offset;
        while (i < h.ContentOffset && text[i] is '#' or ' ' or '\t') i++;
        return md.Document.Locate(i);
    }

    /// <summary>
    /// <c>T1553.004 - Subvert Trust Controls: Install Root Certificate</c> → the technique, located at it.
    /// </summary>
    private static Located<string>? LeadingTechnique(Located<string>? text) =>
        text is { } t && TitleParts().Match(t.Value) is { Success: true } m
            && AttackId.NormalizeTechnique(m.Groups["id"].Value) is { } id
            ? new Located<string>(id, t.Location)
            : null;

    /// <summary>The name after <c>T1553.004 - </c>, as ART's display_name has it.</summary>
    private static Located<string>? WithoutTechnique(Located<string>? text) =>
        text is not { } t ? null
        : TitleParts().Match(t.Value) is { Success: true } m
            && AttackId.NormalizeTechnique(m.Groups["id"].Value) is not null
            ? new Located<string>(m.Groups["name"].Value.Trim(), t.Location)
            : t;

    private static Located<string>? WikilinkTarget(Located<string>? link) =>
        link is { } l && FirstNamedWikilink(l.Value) is { } w ? new Located<string>(w.Target.Trim(), l.Location) : null;

    private static Located<string>? WikilinkAlias(Located<string>? link) =>
        link is { } l && FirstNamedWikilink(l.Value) is { } w
            ? new Located<string>((w.Alias ?? w.Target).Trim(), l.Location)
            : null;

    /// <summary>The first wikilink that names a note (<c>[[#Heading]]</c> names none).</summary>
    private static WikilinkMatch? FirstNamedWikilink(string text)
    {
        foreach (var w in WikilinkSyntax.Find(text))
            if (w.Target.Length > 0) return w;
        return null;
    }

    [GeneratedRegex(@"^Atomic Test #\d+\s*[-–]\s*(?<name>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TestHeading();

    [GeneratedRegex(
        @"\*\*auto_generated_guid:\*\*[ \t]*"
            + @"(?<guid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})",
        RegexOptions.CultureInvariant)]
    private static partial Regex Guid();

    [GeneratedRegex(@"\*\*Supported Platforms:\*\*[ \t]*(?<list>[^\r\n]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Platforms();

    [GeneratedRegex(@"[^,\s](?:[^,]*[^,\s])?", RegexOptions.CultureInvariant)]
    private static partial Regex PlatformItem();

    [GeneratedRegex(@"^####\s+Attack Commands:\s*Run with `(?<executor>[^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex AttackCommands();

    /// <summary>The <c>&lt;br/&gt;</c> lines ART puts between tests.</summary>
    [GeneratedRegex(@"^[ \t]*<br\s*/?>[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex BreakTags();

    [GeneratedRegex(@"^####\s+Run it with these steps!", RegexOptions.CultureInvariant)]
    private static partial Regex ManualSteps();

    [GeneratedRegex(@"^\s*(?<id>[Tt]\d{4}(?:[._/]\d{3})?)\s+-\s+(?<name>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleParts();
}
