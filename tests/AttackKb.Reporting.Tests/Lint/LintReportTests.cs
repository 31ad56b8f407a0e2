using System.Text.Json;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Text;
using AttackKb.Core.Validation;
using AttackKb.Reporting.Lint;

namespace AttackKb.Reporting.Tests.Lint;

/// <summary>The report formats on hand-built diagnostics: escaping and the documented JSON shape.</summary>
public class LintReportTests
{
    private static LintResult Result(params Diagnostic[] diagnostics) => new(diagnostics.Order().ToArray(), 2);

    [Fact]
    public void GitHub_annotations_escape_data_and_properties_per_the_workflow_command_rules()
    {
        // Diagnostic.Create escapes line breaks in arguments (<U+000A>); built directly, the message keeps them, and
        // the GitHub writer must still escape whatever a message holds.
        var d = new Diagnostic(LinkDiagnostics.MalformedUrl, new SourceLocation("notes/a,b:c.md", 3, 7),
            "'100%\r\nnext' is not a well-formed absolute URL", LinkDiagnostics.MalformedUrl.DefaultSeverity);
        string line = LintReport.Render("github", Result(d));
        Assert.Equal("::warning file=notes/a%2Cb%3Ac.md,line=3,col=7,title=AKB4030 Malformed URL::"
            + "'100%25%0D%0Anext' is not a well-formed absolute URL\n", line);
    }

    [Fact]
    public void GitHub_uses_notice_for_infos_and_omits_position_for_file_level_findings()
    {
        var d = Diagnostic.Create(LinkDiagnostics.ReferenceNeverCited, SourceLocation.File("x.md"), "Ref");
        Assert.Equal(
            "::notice file=x.md,title=AKB4002 Reference never cited::reference 'Ref' is never cited in the note\n",
            LintReport.Render("github", Result(d)));
    }

    [Fact]
    public void Json_report_has_the_documented_shape()
    {
        var located = Diagnostic.Create(
            LinkDiagnostics.UnsafeScheme, new SourceLocation("n.md", 2, 5), "javascript:x", "javascript:");
        var global = Diagnostic.Create(ToolDiagnostics.NoRelease, null);
        using var doc = JsonDocument.Parse(LintReport.Render("json", Result(located, global)));
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(0, summary.GetProperty("infos").GetInt32());
        Assert.Equal(2, summary.GetProperty("files").GetInt32());
        var items = doc.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);
        var first = items.Single(i => i.GetProperty("code").GetString() == "AKB4010");
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("n.md", first.GetProperty("path").GetString());
        Assert.Equal(2, first.GetProperty("line").GetInt32());
        Assert.Equal(5, first.GetProperty("column").GetInt32());
        Assert.False(items.Single(i => i.GetProperty("code").GetString() == "AKB9002").TryGetProperty("path", out _));
    }
}
