namespace Concord.Hub.Agencies;

/// <summary>A person to contact at an agency (owned by <see cref="Agency"/>).</summary>
public sealed class AgencyContact
{
    /// <summary>Full name.</summary>
    public required string Name { get; set; }

    /// <summary>E-mail address.</summary>
    public required string Email { get; set; }

    /// <summary>Optional telephone number, as written by the agency.</summary>
    public string? Phone { get; set; }

    /// <summary>Whether the contact is on duty for escalations of unacknowledged high-risk conjunctions (when no contact of
    /// the agency is, every contact is). Default false.</summary>
    public bool Duty { get; set; }
}
