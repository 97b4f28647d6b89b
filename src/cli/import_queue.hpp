#pragma once

// The hand-over between the threads of `eventdb import`: one producer (the reader) pushes
// items in input order, N workers take and finish them in any order, and one consumer (the
// writer) gets them back in input order. At most `window` items are between push() and the
// consumer's next() at any time (queued, being worked on, or finished and waiting for an
// earlier one), so memory stays flat however large the corpus is and however slow one item.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

namespace eventdb::cli {

template <class T> class OrderedQueue {
public:
  // Precondition: window >= 1.
  explicit OrderedQueue(std::size_t window) : m_window(window) {}

  // Producer: appends `item`, waiting while `window` items are in flight. False (the item is
  // dropped) once cancel() was called.
  bool push(T item) {
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_cancelled || m_pushed - m_next < m_window; });
    if (m_cancelled) {
      return false;
    }
    m_input.emplace_back(m_pushed++, std::move(item));
    m_work.notify_one();
    return true;
  }

  // Producer: nothing more will be pushed.
  void close() {
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    m_work.notify_all();
    m_done.notify_all();
  }

  // Worker: the next item to work on with its sequence number; std::nullopt when the queue
  // is closed and drained, or cancelled.
  std::optional<std::pair<std::uint64_t, T>> take() {
    std::unique_lock lock(m_mutex);
    m_work.wait(lock, [&] { return m_cancelled || m_closed || !m_input.empty(); });
    if (m_cancelled || m_input.empty()) {
      return std::nullopt;
    }
    auto job = std::move(m_input.front());
    m_input.pop_front();
    return job;
  }

  // Worker: hands the finished item `seq` (as take() gave it) to the consumer.
  void finish(std::uint64_t seq, T item) {
    const std::lock_guard lock(m_mutex);
    m_finished.emplace(seq, std::move(item));
    if (seq == m_next) {
      m_done.notify_all();
    }
  }

  // Consumer: the next item in push order, once it is finished; std::nullopt when every
  // pushed item was returned and the queue is closed, or when it was cancelled.
  std::optional<T> next() {
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return ready(); });
    const auto it = m_finished.find(m_next);
    if (m_cancelled || it == m_finished.end()) {
      return std::nullopt;
    }
    std::optional<T> item(std::move(it->second));
    m_finished.erase(it);
    ++m_next;
    m_space.notify_one();
    return item;
  }

  // Consumer: waits until next() would return without waiting, or until `deadline`; false
  // when the deadline came first. (The writer commits its batch instead of holding it open
  // while extraction is slow.)
  template <class Clock, class Duration>
  bool wait_ready_until(const std::chrono::time_point<Clock, Duration>& deadline) {
    std::unique_lock lock(m_mutex);
    return m_done.wait_until(lock, deadline, [&] { return ready(); });
  }

  // Anyone: wakes every waiting thread; push() returns false, take() and next() nullopt.
  void cancel() {
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    m_space.notify_all();
    m_work.notify_all();
    m_done.notify_all();
  }

private:
  // next() has an answer: the next item, or the end. Needs m_mutex.
  bool ready() const {
    return m_cancelled || m_finished.contains(m_next) || (m_closed && m_next == m_pushed);
  }

  // Everything below is guarded by m_mutex.
  std::mutex m_mutex;
  std::condition_variable m_space; // producer waits for room in the window
  std::condition_variable m_work;  // workers wait for input
  std::condition_variable m_done;  // consumer waits for the next item in order
  std::deque<std::pair<std::uint64_t, T>> m_input;
  std::map<std::uint64_t, T> m_finished;
  std::size_t m_window;
  std::uint64_t m_pushed = 0; // sequence number of the next push
  std::uint64_t m_next = 0;   // sequence number the consumer waits for
  bool m_closed = false;
  bool m_cancelled = false;
};

} // namespace eventdb::cli
