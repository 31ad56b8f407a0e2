using AttackKb.Core.Attack;

namespace AttackKb.Site.Pages;

/// <summary>
/// Credit and licence texts the site must carry: MITRE's copyright designation and licence (every copy of ATT&amp;CK
/// data must reproduce both; their one home is <see cref="AttackNotice"/>, which the catalog writes too), what of the
/// site is MITRE's text, the Sigma rules' Detection Rule License (credit the author) and Atomic Red Team's MIT licence.
/// </summary>
public static class Credits
{
    public const string AttackTrademark =
        "MITRE ATT&CK® and ATT&CK® are registered trademarks of The MITRE Corporation. " +
        "This site is not affiliated with or endorsed by MITRE.";

    public const string SigmaLicense = "Detection Rule License (DRL) 1.1";
    public const string SigmaCredit =
        "Sigma rules are shown with their authors' names, as the Detection Rule License (DRL) 1.1 requires.";
    public const string AtomicCredit =
        "Atomic tests use the Atomic Red Team format (Red Canary, MIT licence); " +
        "tests shown here are data, never run by the site.";
}
