using AttackKb.Core.Ids;

namespace AttackKb.Core.Tests.Text;

/// <summary>
/// The one reading of attack.mitre.org URLs (<see cref="AttackId.ParseUrl"/>, which refuses what
/// <see cref="AttackUrlShape"/> calls a disguise), on its edge cases (cases/grammar/attack-urls.txt).
/// </summary>
public class AttackUrlGrammarTests
{
    [Theory]
    [MemberData(nameof(GrammarCaseFiles.AttackUrls), MemberType = typeof(GrammarCaseFiles))]
    public void Attack_urls_are_read_as_the_case_file_says(int line, string input, string expected)
    {
        string parsed = AttackId.ParseUrl(input) is { } url ? $"{url.Kind}/{url.Id} {url.Scheme}" : "-";
        string disguise = AttackUrlShape.Disguise(input) switch
        {
            { Kind: DisguiseKind.LookAlikeHost } d => " look-alike " + d.Detail,
            { } d => " disguised " + d.Detail,
            null => "",
        };
        GrammarCases.AssertFound(line, expected, [parsed + disguise]);
    }
}
