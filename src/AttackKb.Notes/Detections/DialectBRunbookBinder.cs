using System.Text.RegularExpressions;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Detections;

/// <summary>
/// Dialect-B testing runbooks (DIALECTS.md §2.4): <c>tags: [T1553_004, atomic_test]</c>, a <c>filename</c> wikilink,
/// then the Atomic Red Team markdown doc, whose <c>## Atomic Test #n - name</c> sections are read as tests.
/// </summary>
public static partial class DialectBRunbookBinder
{
    public static TestProcedure Bind(MarkdownFile md, DiagnosticBag bag)
    {
        var fm = md.FrontMatter!;
        var tags = fm.Strings("tags");
        var technique = tags.Select(t => (t, id: AttackId.NormalizeTechnique(t.Value.TrimStart('#')))).FirstOrDefault(x => x.id is not null);
        var title = md.Outline.Headings.FirstOrDefault(h => h.Level == 1);
        var testHeadings = md.Outline.Headings.Where(h => h.Level == 2 && TestHeading().IsMatch(h.Text)).ToArray();
        var tests = new List<AtomicTest>();
        for (int i = 0; i < testHeadings.Length; i++)
        {
            var h = testHeadings[i];
            int end = i + 1 < testHeadings.Length ? testHeadings[i + 1].Offset : md.Document.Text.Length;
            string body = md.Document.Text[h.ContentOffset..end];
            var guid = Guid().Match(body);
            var platforms = Platforms().Match(body);
            var executor = Executor().Match(body);
            tests.Add(new AtomicTest
            {
                Name = new Located<string>(TestHeading().Match(h.Text).Groups[1].Value.Trim(), md.Document.Locate(h.Offset)),
                Guid = guid.Success ? new Located<string>(guid.Groups[1].Value, md.Document.Locate(h.ContentOffset + guid.Groups[1].Index)) : null,
                Platforms = platforms.Success
                    ? platforms.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(p => new Located<string>(p, md.Document.Locate(h.ContentOffset + platforms.Groups[1].Index))).ToArray()
                    : [],
                Executor = executor.Success ? new Located<string>(executor.Groups[1].Value, md.Document.Locate(h.ContentOffset + executor.Groups[1].Index)) : null,
                Command = md.Outline.Fences.FirstOrDefault(f => f.Offset > h.Offset && f.Offset < end)?.Content,
                Location = md.Document.Locate(h.Offset),
            });
        }
        return new TestProcedure
        {
            Path = md.Path,
            Dialect = SourceDialect.DialectBRunbook,
            TechniqueId = technique.id is { } id ? new Located<string>(id, technique.t.Location) : null,
            DisplayName = title is null ? null : new Located<string>(title.Text, md.Document.Locate(title.Offset)),
            Tags = tags,
            Tests = tests,
        };
    }

    [GeneratedRegex(@"^Atomic Test #\d+\s*-\s*(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TestHeading();

    [GeneratedRegex(@"\*\*auto_generated_guid:\*\*\s*([0-9a-fA-F-]{36})", RegexOptions.CultureInvariant)]
    private static partial Regex Guid();

    [GeneratedRegex(@"\*\*Supported Platforms:\*\*\s*([^\r\n]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Platforms();

    [GeneratedRegex(@"Run with `([^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex Executor();
}
