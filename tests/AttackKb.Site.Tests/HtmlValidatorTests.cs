namespace AttackKb.Site.Tests;

/// <summary>
/// Every page is valid HTML by the Nu Html Checker (vnu.jar from tests/validators, the W3C's validator): the default
/// KB's site and the hostile one, whose notes try to break the markup.
/// </summary>
[Trait("Category", "Validators")]
public class HtmlValidatorTests
{
    public static TheoryData<string> Sites_ => new() { "default", "hostile" };

    [Theory]
    [MemberData(nameof(Sites_))]
    public void Every_page_is_valid_html(string which)
    {
        var site = which == "default" ? Sites.Default : Sites.Generate(RepoPaths.Cases("AttackKb.Site.Tests", "hostile", "kb"));
        string jar = ReferenceValidators.NodeModule("vnu-jar", "build", "dist", "vnu.jar");
        var run = ReferenceValidators.Run("java", ["-jar", jar, "--errors-only", "--skip-non-html", "--format", "text", site.Folder]);
        Assert.True(run.ExitCode == 0, $"vnu.jar found errors:\n{run.Stderr}{run.Stdout}");
        Assert.True(site.Pages().Count > 20);
    }
}
