namespace Concord.Hub.Coordination;

/// <summary>How the hub escalates unacknowledged high-risk conjunctions (configuration section
/// <c>Concord:Coordination</c>). Defaults: 30-minute acknowledgement timeout, checked every 15 seconds.</summary>
public sealed class ConjunctionCoordinationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concord:Coordination";

    /// <summary>Whether the server runs the escalation check in the background (true by default; the server tests turn
    /// it off unless they test it).</summary>
    public bool EscalationEnabled { get; set; } = true;

    /// <summary>How long a party has to acknowledge a high-risk event, from the moment the event reached its current risk
    /// level, before step 1 (the agency's duty contacts); step 2 (the agency administrators) follows one more timeout
    /// after step 1.</summary>
    public TimeSpan AcknowledgeTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the server looks for events due for escalation.</summary>
    public TimeSpan EscalationCheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Throws when a value is out of range (a configuration mistake, found at start-up).</summary>
    public void Validate()
    {
        if (AcknowledgeTimeout <= TimeSpan.Zero || EscalationCheckInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}: AcknowledgeTimeout and EscalationCheckInterval must be > 0.");
        }
    }
}
