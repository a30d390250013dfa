using System.Diagnostics.CodeAnalysis;

namespace RepayableAdvance.Scheduling;

/// <summary>The terms of one advance's schedule and the servicing events applied to it since: what a back office stores to rebuild the current schedule.</summary>
/// <param name="Terms">The schedule terms.</param>
/// <param name="Events">The servicing events, in the order they are applied.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record TermsAndEvents(ScheduleTerms Terms, IReadOnlyList<ServicingEvent> Events)
{
    /// <summary>Generates the schedule and applies every event in order.</summary>
    /// <param name="fixings">The index fixings, for indexed interest; null when none are needed.</param>
    /// <returns>The current schedule version.</returns>
    /// <exception cref="MissingReferenceDataException">The interest is indexed and the fixings are missing or do not cover a fixing date.</exception>
    /// <exception cref="ScheduleRefusedException">An all-in rate is out of range, or an event does not fit the schedule.</exception>
    /// <exception cref="InvalidOperationException">An event does not fit the schedule's state.</exception>
    public RepaymentSchedule Schedule(IndexFixings? fixings = null)
    {
        if (Terms.Interest.Floating is { } floating && fixings is null)
        {
            throw DomainErrors.WithFrench(new MissingReferenceDataException(MissingReferenceData.IndexFixing, Preconditions.Invariant($"The interest is indexed on {floating.IndexName}: give its fixings."), nameof(fixings)), Preconditions.Invariant($"Les intérêts sont indexés sur {floating.IndexName} : donnez ses fixings."));
        }

        var current = RepaymentSchedule.Generate(Terms, fixings);
        foreach (var e in Events)
        {
            current = current.Apply(e);
        }

        return current;
    }

    /// <summary>Generates the schedule and applies every event in order, reporting what does not fit rather than throwing.</summary>
    /// <param name="fixings">The index fixings, for indexed interest; null when none are needed.</param>
    /// <param name="schedule">The current schedule version, when there is no failure.</param>
    /// <param name="failure">What failed: the fixings, the terms, or the event at <see cref="ScheduleReplayFailure.EventIndex"/>.</param>
    /// <returns>Whether the schedule was built.</returns>
    public bool TryReplay(IndexFixings? fixings, [NotNullWhen(true)] out RepaymentSchedule? schedule, [NotNullWhen(false)] out ScheduleReplayFailure? failure)
    {
        schedule = null;
        failure = null;
        RepaymentSchedule current;
        if (Terms.Interest.Floating is { } floating && fixings is null)
        {
            failure = new ScheduleReplayFailure(ScheduleReplayFailureKind.Fixing, null, floating.IndexName, Preconditions.Invariant($"The interest is indexed on {floating.IndexName}: give its fixings."), Preconditions.Invariant($"Les intérêts sont indexés sur {floating.IndexName} : fournissez ses fixings."));
            return false;
        }

        try
        {
            current = RepaymentSchedule.Generate(Terms, fixings);
        }
        catch (MissingReferenceDataException e)
        {
            failure = new ScheduleReplayFailure(ScheduleReplayFailureKind.Fixing, null, Terms.Interest.Floating?.IndexName, e.Message, DomainErrors.French(e));
            return false;
        }
        catch (ScheduleRefusedException e)
        {
            failure = new ScheduleReplayFailure(ScheduleReplayFailureKind.Refused, null, null, e.Message, DomainErrors.French(e));
            return false;
        }

        for (var i = 0; i < Events.Count; i++)
        {
            try
            {
                current = current.Apply(Events[i]);
            }
            catch (Exception e) when (e is ScheduleRefusedException or CurrencyMismatchException or InvalidOperationException or MissingReferenceDataException)
            {
                failure = new ScheduleReplayFailure(ScheduleReplayFailureKind.Refused, i, null, e.Message, DomainErrors.French(e));
                return false;
            }
        }

        schedule = current;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(TermsAndEvents? other) => other is not null && Terms.Equals(other.Terms) && Events.SequenceEqual(other.Events);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Terms, Events.Count);
}
