#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QEventLoop>

namespace atc::cli {

/**
 * The CLI's one way to wait: "run this asynchronous job to its end".
 *
 * `atc` is sequential — a verb starts a job (a keychain read, a Test Connection, a discovery,
 * connector runs), waits for its result and goes on. runToEnd() calls `start(finish)` and runs
 * the event loop until `finish(result)` has been called, then returns that result. Every wait of
 * every verb goes through here; no verb runs an event loop of its own.
 *
 * Contract:
 * - `start` starts the job and arranges for `finish` to be called once with its result — from a
 *   signal or callback later, or at once (synchronously, from inside `start`): both are fine.
 * - Later calls of `finish` are ignored; a copy of `finish` may outlive the wait harmlessly.
 * - Objects the job uses belong to the caller and live across the call (locals of the verb).
 *
 * (The one exception is `atc emulator`, whose whole life is QCoreApplication::exec(): it
 * serves until it is interrupted and waits for no job.)
 */
template <typename Result>
Result runToEnd(const std::function<void(const std::function<void(Result)> &finish)> &start)
{
    struct State
    {
        QEventLoop loop;
        std::optional<Result> result;
    };
    const auto state = std::make_shared<State>();
    start([state](Result result) {
        if (state->result)
            return;
        state->result = std::move(result);
        state->loop.quit();
    });
    if (!state->result)
        state->loop.exec();
    return std::move(*state->result);
}

} // namespace atc::cli
